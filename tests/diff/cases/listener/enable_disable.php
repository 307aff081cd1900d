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
$n = 0;
$l = listen_on($b, function () use ($b, &$n) { $n++; echo "accepted\n"; $b->exit(); }, null, EventListener::OPT_REUSEABLE);
t(fn() => $l->disable());
t(fn() => $l->disable());
$c = connect_to();
$b->loop(EventBase::LOOP_NONBLOCK);
var_dump($n);
t(fn() => $l->enable());
t(fn() => $l->enable());
$t = new Event($b, -1, Event::TIMEOUT, function () use ($b) { echo "timeout\n"; $b->exit(); });
$t->add(2);
$b->dispatch();
var_dump($n);
t(fn() => $l->enable(1));
