<?php
/* Timers far in the future, as ReactPHP gives them to Event::add(): a float
 * of PHP_INT_MAX/2 seconds, the largest integer libevent's timeval takes in
 * milliseconds, 1e15 s, a periodic one. None fires; cancelling them lets
 * run() end. (2^63 s and INF: loop_timers_beyond_int.php.) */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$timers = [];
foreach (['max/2' => PHP_INT_MAX / 2, 'max/1000-1' => (int)(PHP_INT_MAX / 1000) - 1, '1e15' => 1e15, '1e12' => 1e12] as $name => $interval) {
    try {
        $timers[$name] = $loop->addTimer($interval, function () use ($name) { echo "fired: $name\n"; });
        echo "$name: added\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$periodic = $loop->addPeriodicTimer(PHP_INT_MAX / 2, function () { echo "fired: periodic\n"; });
$loop->addTimer(0.02, function () use ($loop, &$timers, $periodic) {
    echo "short fired\n";
    foreach ($timers as $t) { $loop->cancelTimer($t); }
    $loop->cancelTimer($periodic);
});
$guard = react_guard($loop);
$loop->addTimer(0.03, function () use ($loop, $guard) { $loop->cancelTimer($guard); });
$loop->run();
echo "run returned\n";
