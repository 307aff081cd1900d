--TEST--
EventListener + EventBufferEvent: a TCP echo server answers 200 concurrent clients, each with its own payload
--EXTENSIONS--
sockets
--FILE--
<?php
$base = new EventBase();
$conns = [];
$listener = new EventListener($base, function (EventListener $l, $fd, array $addr, $data) use ($base, &$conns) {
    $bev = new EventBufferEvent($base, $fd, EventBufferEvent::OPT_CLOSE_ON_FREE);
    $id = spl_object_id($bev);
    $bev->setCallbacks(
        function (EventBufferEvent $bev) {
            /* Echo: move everything read to the output. */
            $bev->getOutput()->addBuffer($bev->getInput());
        },
        null,
        function (EventBufferEvent $bev, int $events) use (&$conns, $id) {
            if ($events & (EventBufferEvent::EOF | EventBufferEvent::ERROR)) {
                $bev->free();
                unset($conns[$id]);
            }
        }
    );
    $bev->enable(Event::READ | Event::WRITE);
    $conns[$id] = $bev;
}, null, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, 512, '127.0.0.1:0');
$listener->getSocketName($host, $port);

$n = 200;
$clients = []; $want = []; $got = [];
for ($i = 0; $i < $n; $i++) {
    $c = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
    stream_set_blocking($c, false);
    $clients[$i] = $c;
    $want[$i] = "client $i " . str_repeat(chr(65 + $i % 26), 100 + $i * 7) . "\n";
    $got[$i] = '';
}
$sent = array_fill(0, $n, 0);
$deadline = microtime(true) + 20;
$done = 0;
while ($done < $n && microtime(true) < $deadline) {
    $base->loop(EventBase::LOOP_NONBLOCK);
    foreach ($clients as $i => $c) {
        if ($sent[$i] < strlen($want[$i])) {
            $w = @fwrite($c, substr($want[$i], $sent[$i]));
            if ($w > 0) $sent[$i] += $w;
        }
        $chunk = fread($c, 65536);
        if ($chunk !== false && $chunk !== '') {
            $got[$i] .= $chunk;
            if (strlen($got[$i]) === strlen($want[$i])) {
                $done++;
            }
        }
    }
}
$ok = 0;
foreach ($got as $i => $g) {
    $ok += $g === $want[$i];
}
echo "echoed back intact: $ok of $n\n";
echo "server connections while clients are open: ", count($conns), "\n";
foreach ($clients as $c) fclose($c);
$deadline = microtime(true) + 5;
while ($conns && microtime(true) < $deadline) {
    $base->loop(EventBase::LOOP_ONCE | EventBase::LOOP_NONBLOCK);
    usleep(1000);
}
echo "server connections after the clients closed: ", count($conns), "\n";
?>
--EXPECT--
echoed back intact: 200 of 200
server connections while clients are open: 200
server connections after the clients closed: 0
