<?php
// difference: timeout-beyond-int-range
/* ReactPHP passes a timer's interval to Event::add() as a float: 2^63 s and
 * INF fire at once under PECL (an undefined float-to-integer conversion),
 * never here. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$timers = [];
foreach (['max' => PHP_INT_MAX, 'max float' => (float)PHP_INT_MAX, 'inf' => INF] as $name => $interval) {
    $timers[] = $loop->addTimer($interval, function () use ($name) { echo "fired: $name\n"; });
}
$loop->addTimer(0.02, function () use ($loop, &$timers) {
    echo "short fired\n";
    foreach ($timers as $t) { $loop->cancelTimer($t); }
});
$loop->run();
echo "run returned\n";
