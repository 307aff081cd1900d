<?php
/* futureTick(): ticks before timers and streams, ticks queued from ticks run
 * in the same pass, ticks from timer and stream callbacks, stop() from a tick. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$log = [];
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($a, false);
fwrite($b, 'x');
$loop->addTimer(0, function () use ($loop, &$log) {
    $log[] = 'timer0';
    $loop->futureTick(function () use (&$log) { $log[] = 'tick-from-timer'; });
});
$loop->addReadStream($a, function ($s) use ($loop, &$log) {
    $log[] = 'read ' . fread($s, 10);
    $loop->removeReadStream($s);
    $loop->futureTick(function () use (&$log) { $log[] = 'tick-from-read'; });
});
$loop->futureTick(function () use ($loop, &$log) {
    $log[] = 'tick1';
    $loop->futureTick(function () use (&$log) { $log[] = 'tick1-nested'; });
});
$loop->futureTick(function () use (&$log) { $log[] = 'tick2'; });
/* (ReactPHP's smallest timer is 1 µs: due by the first loop step only once
 * libevent's coarse clock, which moves in steps of some milliseconds, has
 * passed it; 20 ms is past that in every run.) */
usleep(20000);
$loop->run();
echo implode(' ', $log), "\n";

$log = [];
$loop->futureTick(function () use ($loop, &$log) { $log[] = 'stop-tick'; $loop->stop(); });
$loop->futureTick(function () use (&$log) { $log[] = 'after-stop-tick'; });
$t = $loop->addTimer(0.001, function () use (&$log) { $log[] = 'timer-after-stop'; });
$loop->run();
echo implode(' ', $log), "\n";
$loop->run();
echo implode(' ', $log), "\n";
