<?php
/* An exception thrown by a listener of ExtEventLoop (a timer, a periodic
 * timer, a stream, a signal, a tick): where it comes out (run()), what
 * EventBase::loop() warns, and that the loop runs on afterwards. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$run = function (string $label) use ($loop) {
    try {
        $loop->run();
        echo "$label: run returned\n";
    } catch (Throwable $e) {
        echo "$label: run threw ", get_class($e), ': ', $e->getMessage(), "\n";
    }
};
// A one-shot timer that threw stays in ExtEventLoop's list (it is removed
// after its listener returns): cancelled by hand, else run() spins.
$thrower = $loop->addTimer(0.001, function () { throw new RuntimeException('from a timer'); });
$after = $loop->addTimer(0.01, function () { echo "later timer still fires\n"; });
$run('timer');
$loop->cancelTimer($thrower);
$run('after timer');

// A periodic timer whose listener threw is no longer pending (as PECL
// event leaves an Event whose callback threw): ExtEventLoop still lists it.
$n = 0;
$periodic = $loop->addPeriodicTimer(0.001, function ($t) use (&$n) {
    if (++$n === 2) { throw new LogicException("periodic, call $n"); }
});
$probe = $loop->addTimer(0.05, function () use (&$n) { echo "periodic calls by then: $n\n"; });
$run('periodic');
$loop->cancelTimer($periodic);
$run('after periodic');

[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($a, false);
fwrite($b, 'x');
$loop->addReadStream($a, function ($s) { fread($s, 1); throw new DomainException('from a stream'); });
$run('stream');
$loop->removeReadStream($a);

$loop->addSignal(SIGUSR2, $l = function () { throw new UnexpectedValueException('from a signal'); });
$loop->addTimer(0.001, function () { posix_kill(getmypid(), SIGUSR2); echo "signal sent\n"; });
$run('signal');
$loop->removeSignal(SIGUSR2, $l);

$loop->futureTick(function () { throw new Error('from a tick'); });
$run('tick');
$loop->addTimer(0.001, function () { echo "timer after all\n"; });
$run('last');
