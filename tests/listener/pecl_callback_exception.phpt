--TEST--
EventListener: a listener whose callback throws stops accepting until enable(), as in PECL event; no connection behind it is lost
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBase();
$got = [];
$srv = stream_socket_server('tcp://127.0.0.1:0');
stream_set_blocking($srv, false);
$port = (int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
$l = new EventListener($b, function ($l, $fd) use (&$got) {
    $c = EventUtil::createSocket($fd);
    $got[] = socket_read($c, 16);
    socket_close($c);
    if (count($got) === 1) {
        throw new RuntimeException('first');
    }
}, null, EventListener::OPT_REUSEABLE, -1, $srv);
$clients = [];
foreach (['a', 'b', 'c'] as $name) {
    $clients[$name] = stream_socket_client("tcp://127.0.0.1:$port");
    fwrite($clients[$name], $name);
}
usleep(20000);
$run = function () use ($b) {
    $g = new Event($b, -1, Event::TIMEOUT, function () use ($b) { $b->stop(); });
    $g->add(0.1);
    try {
        $b->loop();
    } catch (RuntimeException $e) {
        echo "caught ", $e->getMessage(), "\n";
    }
};
@$run();
echo "after the exception: ", implode(',', $got), "\n";
$run();
echo "still disabled: ", implode(',', $got), "\n";
var_dump($l->enable());
$run();
sort($got);
echo "after enable(): ", implode(',', $got), "\n";
?>
--EXPECT--
caught first
after the exception: a
still disabled: a
bool(true)
after enable(): a,b,c
