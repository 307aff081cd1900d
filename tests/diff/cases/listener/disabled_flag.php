<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$n = 0;
$srv = stream_socket_server('tcp://127.0.0.1:0');
$l = new EventListener($b, function () use (&$n) { $n++; }, null, EventListener::OPT_DISABLED, -1, $srv);
$c = stream_socket_client('tcp://' . stream_socket_get_name($srv, false), $en, $es, 2);
$b->loop(EventBase::LOOP_NONBLOCK);
var_dump($n);
var_dump($l->enable());
for ($i = 0; $i < 50 && !$n; $i++) { $b->loop(EventBase::LOOP_NONBLOCK); usleep(10000); }
var_dump($n);
