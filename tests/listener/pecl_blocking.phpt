--TEST--
EventListener: a blocking stream target is made non-blocking, so that the loop does not hang in accept()
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBase();
$srv = stream_socket_server('tcp://127.0.0.1:0');
$fl = 0;
$l = new EventListener($b, function () use ($b) { echo "cb\n"; }, null, $fl, -1, $srv);
$c = stream_socket_client('tcp://' . stream_socket_get_name($srv, false), $en, $es, 2);
$b->exit(0.3);
var_dump($b->dispatch());
var_dump(stream_get_meta_data($srv)['blocked']);
?>
--EXPECT--
cb
bool(true)
bool(false)
