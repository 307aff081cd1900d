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
$l = listen_on($b, function () { echo "first\n"; }, 'D', EventListener::OPT_REUSEABLE);
foreach (['nope', 42, null] as $c) { echo json_encode($c), ' '; t(fn() => $l->setCallback($c)); }
t(fn() => $l->setCallback(function ($l, $fd, $addr, $data) use ($b) { echo "second ", json_encode($data), "\n"; $b->exit(); }));
$c1 = accept_one($b, $l);
t(fn() => $l->setCallback(function ($l, $fd, $addr, $data) use ($b) { echo "third ", json_encode($data), "\n"; $b->exit(); }, null));
$c2 = accept_one($b, $l);
t(fn() => $l->setCallback(function ($l, $fd, $addr, $data) use ($b) { echo "fourth ", json_encode($data), "\n"; $b->exit(); }, 'E'));
$c3 = accept_one($b, $l);
t(fn() => $l->setCallback());
