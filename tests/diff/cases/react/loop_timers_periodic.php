<?php
/* Periodic timers: the minimum interval, two interleaved periods, a periodic
 * timer that adds one-shot timers, the callback's argument. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$counts = ['min' => 0, 'p3' => 0, 'p7' => 0, 'spawned' => 0];
$loop->addPeriodicTimer(0, function ($t) use ($loop, &$counts) {
    if (++$counts['min'] === 50) { $loop->cancelTimer($t); }
});
$p3 = $loop->addPeriodicTimer(0.003, function ($t) use ($loop, &$counts, &$p3) {
    if ($counts['p3'] === 0) { var_dump($t === $p3, $t->isPeriodic()); }
    if (++$counts['p3'] === 5) { $loop->cancelTimer($t); }
    $loop->addTimer(0.001, function () use (&$counts) { $counts['spawned']++; });
});
$loop->addPeriodicTimer(0.007, function ($t) use ($loop, &$counts) {
    if (++$counts['p7'] === 3) { $loop->cancelTimer($t); }
});
$loop->run();
print_r($counts);
