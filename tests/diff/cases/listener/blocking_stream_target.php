<?php
// difference: listener-blocking-socket
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$srv = stream_socket_server('tcp://127.0.0.1:0');
$l = new EventListener($b, function () { echo "cb\n"; }, null, EventListener::OPT_REUSEABLE, -1, $srv);
$c = stream_socket_client('tcp://' . stream_socket_get_name($srv, false), $en, $es, 2);
$b->exit(0.3);
var_dump($b->dispatch());
var_dump(stream_get_meta_data($srv)['blocked']);
