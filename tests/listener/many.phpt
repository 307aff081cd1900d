--TEST--
EventListener: 200 non-blocking clients are all accepted
--EXTENSIONS--
sockets
--FILE--
<?php
const N = 200;
$base = new EventBase();
$accepted = [];
$l = new EventListener($base, function ($l, $fd, $addr) use (&$accepted, $base) {
    $accepted[$addr[1]] = EventUtil::createSocket($fd); // owns and later closes $fd
    if (count($accepted) == N) $base->stop();
}, null, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, 512, "127.0.0.1:0");
$l->getSocketName($host, $port);

$clients = [];
for ($i = 0; $i < N; $i++) {
    $c = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2,
        STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
    if (!$c) die("client $i: $errstr");
    stream_set_blocking($c, false);
    $clients[(int)explode(':', stream_socket_get_name($c, false))[1]] = $c;
}
$base->exit(10.0);
$base->loop();
var_dump(count($accepted));
// every client was accepted, each exactly once, from its own port
ksort($accepted); ksort($clients);
var_dump(array_keys($accepted) === array_keys($clients));
foreach ($accepted as $s) socket_close($s);
?>
--EXPECT--
int(200)
bool(true)
