--TEST--
Event: an event whose callback throws is deleted, as in PECL event (a persistent timer, I/O event or signal event does not run again until added again)
--EXTENSIONS--
posix
--FILE--
<?php
$b = new EventBase();
$calls = [];
$throwing = function ($name) use (&$calls) {
    return function () use ($name, &$calls) {
        $calls[$name] = ($calls[$name] ?? 0) + 1;
        throw new RuntimeException($name);
    };
};
$run = function (int $flags = 0) use ($b) {
    $g = new Event($b, -1, Event::TIMEOUT, function () use ($b) { $b->stop(); });
    $g->add(0.05);
    try {
        $b->loop($flags);
    } catch (RuntimeException $e) {
        echo "caught ", $e->getMessage(), "\n";
    }
    $g->free();
};

$timer = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, $throwing('timer'));
$timer->add(0.001);
@$run();
var_dump($timer->pending);

[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
stream_set_blocking($x, false);
fwrite($y, 'ping');
$io = new Event($b, $x, Event::READ | Event::PERSIST, $throwing('io'));
$io->add();
@$run();
var_dump($io->pending);
/* Not run again: the bytes are still there, but the event is not added. */
@$run(EventBase::LOOP_NONBLOCK);
echo "io calls: {$calls['io']}\n";
$io->add();
@$run();
echo "io calls after add(): {$calls['io']}\n";

$sig = Event::signal($b, 10, $throwing('signal'));
$sig->add();
posix_kill(getmypid(), 10);
@$run();
var_dump($sig->pending);

/* A callback that does not throw leaves its persistent event added. */
$quiet = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$calls) { $calls['quiet'] = 1; });
$quiet->add(0.001);
@$run();
var_dump($quiet->pending);
?>
--EXPECT--
caught timer
bool(false)
caught io
bool(false)
io calls: 1
caught io
io calls after add(): 2
caught signal
bool(false)
bool(true)
