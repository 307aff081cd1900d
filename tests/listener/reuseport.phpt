--TEST--
EventListener: OPT_REUSEABLE_PORT lets two listeners bind the same port (SO_REUSEPORT)
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(EventListener::OPT_REUSEABLE_PORT);
$base = new EventBase();
$count = [0, 0];
$accepted = [];
$total = 0;
$mk = function ($i, $target) use ($base, &$count, &$accepted, &$total) {
    return new EventListener($base, function ($l, $fd) use ($i, $base, &$count, &$accepted, &$total) {
        $count[$i]++;
        $accepted[] = EventUtil::createSocket($fd);
        if (++$total == 40) $base->stop();
    }, null, EventListener::OPT_REUSEABLE_PORT | EventListener::OPT_REUSEABLE | EventListener::OPT_CLOSE_ON_FREE,
    -1, $target);
};
$a = $mk(0, "127.0.0.1:0");
$a->getSocketName($h, $port);
$b = $mk(1, "127.0.0.1:$port");
$b->getSocketName($h2, $port2);
var_dump($port2 === $port, $a->fd !== $b->fd);

// without the flag the port is taken
try {
    new EventListener($base, fn() => null, null, EventListener::OPT_REUSEABLE, -1, "127.0.0.1:$port");
    echo "bound\n";
} catch (Throwable $e) {
    echo str_replace((string)$port, 'PORT', $e->getMessage()), "\n";
}

// both listen: the kernel spreads 40 connections over them
$clients = [];
for ($i = 0; $i < 40; $i++) {
    $clients[] = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
}
$base->exit(5.0);
$base->loop();
var_dump($total, array_sum($count));
var_dump($count[0] + $count[1] == 40);
foreach ($accepted as $s) socket_close($s);
?>
--EXPECT--
int(128)
bool(true)
bool(true)
Failed to allocate listener
int(40)
int(40)
bool(true)
