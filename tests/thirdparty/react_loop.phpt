--TEST--
ReactPHP's ExtEventLoop (Debian's bundle) on this extension: timers (huge, cancelled, periodic), ticks, read and write streams, signals, stop() and run() returning
--EXTENSIONS--
sockets
posix
--SKIPIF--
<?php
require __DIR__ . '/../react_bundle.inc';
if (react_autoload_path() === null) { die('skip no ReactPHP bundle (scripts/react-bundle.sh)'); }
?>
--FILE--
<?php
/* The expectation is what PECL event 3.1.5 prints for this script
 * (tests/diff/cases/react/ compares the two builds case by case). */
require __DIR__ . '/../react_bundle.inc';
react_load();
$loop = new React\EventLoop\ExtEventLoop();
$log = [];
$huge = [$loop->addTimer(PHP_INT_MAX / 2, function () use (&$log) { $log['timers'][] = 'huge fired'; }),
         $loop->addTimer((int)(PHP_INT_MAX / 1000) - 1, function () use (&$log) { $log['timers'][] = 'huge fired'; })];
$loop->futureTick(function () use ($loop, &$log) {
    $log['ticks'][] = 'tick';
    $loop->futureTick(function () use (&$log) { $log['ticks'][] = 'nested tick'; });
});
$victim = $loop->addTimer(0.0201, function () use (&$log) { $log['timers'][] = 'victim fired'; });
$loop->addTimer(0.02, function () use ($loop, $victim, &$log) { $log['timers'][] = 'killer'; $loop->cancelTimer($victim); });
$n = 0;
$loop->addPeriodicTimer(0.007, function ($t) use ($loop, &$n, &$log, $huge) {
    if (++$n === 4) {
        $log['timers'][] = 'periodic x4';
        $loop->cancelTimer($t);
        foreach ($huge as $h) { $loop->cancelTimer($h); }
    }
});
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($a, false);
$loop->addWriteStream($b, function ($s) use ($loop, &$log) {
    $log['streams'][] = 'wrote ' . fwrite($s, 'hello');
    $loop->removeWriteStream($s);
});
$loop->addReadStream($a, function ($s) use ($loop, &$log) {
    $log['streams'][] = 'read ' . fread($s, 100);
    $loop->removeReadStream($s);
});
$one = function ($sig) use (&$log) { $log['signals'][] = "signal $sig (one)"; };
$two = function ($sig) use ($loop, &$log, $one, &$two) {
    $log['signals'][] = "signal $sig (two)";
    $loop->removeSignal(SIGUSR1, $one);
    $loop->removeSignal(SIGUSR1, $two);
};
$loop->addSignal(SIGUSR1, $one);
$loop->addSignal(SIGUSR1, $one);
$loop->addSignal(SIGUSR1, $two);
$loop->addTimer(0.01, function () { posix_kill(getmypid(), SIGUSR1); });
$guard = $loop->addTimer(2, function () use ($loop, &$log) { $log['timers'][] = 'GUARD'; $loop->stop(); });
$loop->addTimer(0.06, function () use ($loop, $guard) { $loop->cancelTimer($guard); });
$loop->run();
/* Each kind in its own order (across kinds, the order is the scheduler's). */
ksort($log);
foreach ($log as $kind => $events) { echo "$kind: ", implode(', ', $events), "\n"; }

$loop->addPeriodicTimer(0.001, function () use ($loop) { echo "stop from a periodic timer\n"; $loop->stop(); });
$loop->run();
echo "stopped\n";
?>
--EXPECT--
signals: signal 10 (one), signal 10 (two)
streams: wrote 5, read hello
ticks: tick, nested tick
timers: killer, periodic x4
stop from a periodic timer
stopped
