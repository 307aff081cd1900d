<?php
require __DIR__ . '/../_lib.inc';
function listen_on($b, $cb, $data, $flags = 0) {
  global $srv;
  $srv = stream_socket_server('tcp://127.0.0.1:0');
  return new EventListener($b, $cb, $data, $flags, -1, $srv);
}
function connect_to() {
  global $srv;
  return stream_socket_client('tcp://' . stream_socket_get_name($srv, false), $en, $es, 2);
}
function accept_one($b, $l) {
  $c = connect_to();
  $t = new Event($b, -1, Event::TIMEOUT, function () use ($b) { echo "timeout\n"; $b->exit(); });
  $t->add(2);
  $b->dispatch();
  return $c;
}
$b = new EventBase();
$l = listen_on($b, function ($l2, $fd, $addr, $data) use ($b, &$l) {
  echo gettype($fd), ' ', $fd > 2 ? 'fd' : $fd, ' ', json_encode($addr[0]), ' ', gettype($addr[1]), ' ', count($addr), ' ', json_encode($data), ' ', $l2 === $l ? 'same' : 'other', "\n";
  $b->exit();
}, ['x' => 1], 0 | EventListener::OPT_REUSEABLE);
$c = accept_one($b, $l);
