--TEST--
EventListener: a callable that never became callable is not called and the loop goes on
--EXTENSIONS--
sockets
--FILE--
<?php
// a callable that never became callable is not called: the loop goes on
$b = new EventBase();
foreach ([42, null, 'no_such_function'] as $cb) {
    $srv = stream_socket_server('tcp://127.0.0.1:0');
    $l = new EventListener($b, $cb, null, EventListener::OPT_REUSEABLE, -1, $srv);
    $c = stream_socket_client('tcp://' . stream_socket_get_name($srv, false), $en, $es, 2);
    $b->exit(0.1);
    var_dump($b->dispatch());
    stream_set_timeout($c, 0, 200000);
    var_dump(fread($c, 10), feof($c));
}
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
