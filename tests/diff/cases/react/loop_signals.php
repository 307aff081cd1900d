<?php
/* Signals: one listener added twice, two listeners, removing one and then
 * the same one again, delivery after removal of all (the default action is
 * blocked by a pcntl handler), signals sent from timers. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
$log = [];
$one = function ($sig) use (&$log) { $log[] = "one:$sig"; };
$two = function ($sig) use (&$log) { $log[] = "two:$sig"; };
$loop->addSignal(SIGUSR1, $one);
$loop->addSignal(SIGUSR1, $one);
$loop->addSignal(SIGUSR1, $two);
$loop->addSignal(SIGUSR2, $two);
$loop->addTimer(0.01, function () { posix_kill(getmypid(), SIGUSR1); });
$loop->addTimer(0.03, function () use ($loop, $one) {
    $loop->removeSignal(SIGUSR1, $one);
    $loop->removeSignal(SIGUSR1, $one);
    posix_kill(getmypid(), SIGUSR1);
    posix_kill(getmypid(), SIGUSR2);
});
$loop->addTimer(0.05, function () use ($loop, $two, &$log) {
    $loop->removeSignal(SIGUSR1, $two);
    $loop->removeSignal(SIGUSR2, $two);
    $loop->removeSignal(SIGHUP, $two);
    $log[] = 'all removed';
});
$loop->addTimer(0.07, function () use ($loop, $guard) { $loop->cancelTimer($guard); });
$loop->run();
echo implode(' ', $log), "\n";
// Nothing is left: run() returns at once.
$loop->run();
echo "run returned\n";
