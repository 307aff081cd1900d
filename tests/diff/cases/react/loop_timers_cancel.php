<?php
/* Cancelling timers: before run(), twice, from its own callback, a timer due
 * in the same loop pass cancelled by an earlier one, a fired one-shot timer. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$never = $loop->addTimer(0.001, function () { echo "never fires\n"; });
$loop->cancelTimer($never);
$loop->cancelTimer($never);
$victim = null;
$loop->addTimer(0.01, function () use ($loop, &$victim) {
    echo "killer\n";
    $loop->cancelTimer($victim);
});
$victim = $loop->addTimer(0.0101, function () { echo "victim fired\n"; });
$self = $loop->addTimer(0.02, function ($timer) use ($loop) {
    echo "self\n";
    $loop->cancelTimer($timer);
    $loop->cancelTimer($timer);
});
$done = $loop->addTimer(0.03, function () { echo "one-shot\n"; });
$n = 0;
$loop->addPeriodicTimer(0.005, function ($timer) use ($loop, &$n, $done) {
    $n++;
    if ($n === 10) {
        echo "periodic ran 10 times\n";
        $loop->cancelTimer($timer);
        $loop->cancelTimer($done);
    }
});
$loop->run();
echo "run returned\n";
