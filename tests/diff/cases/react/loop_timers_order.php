<?php
/* ExtEventLoop's timers: a zero and a tiny interval, many timers added in
 * reverse order of their deadlines, equal intervals, a timer added from a
 * timer: the order they fire in, and run() returning once none is left. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$log = [];
// Added from a callback: libevent's cached time gives the three (all of
// ReactPHP's minimum interval) one deadline, so their order is the heap's.
$least = [];
$loop->addTimer(0, function () use ($loop, &$least) {
    $loop->addTimer(0, function () use (&$least) { $least[] = 'zero'; });
    $loop->addTimer(0.000001, function () use (&$least) { $least[] = 'tiny'; });
    $loop->addTimer(-1, function () use (&$least) { $least[] = 'negative'; });
});
// Also from one callback, so that a slow machine does not reorder them:
// the deadlines are 2 ms apart from one cached time.
$loop->addTimer(0, function () use ($loop, &$log) {
    for ($i = 20; $i >= 1; $i--) {
        $loop->addTimer($i * 0.002, function () use (&$log, $i) { $log[] = "t$i"; });
    }
    $loop->addTimer(0.05, function () use ($loop, &$log) {
        $log[] = 'outer';
        foreach (['a', 'b', 'c'] as $k) {
            $loop->addTimer(0.001, function () use (&$log, $k) { $log[] = "inner-$k"; });
        }
    });
});
$t = $loop->addTimer(0.01, function () {});
var_dump($t->getInterval(), $t->isPeriodic());
$loop->run();
/* Timers of one deadline (the three least ones, the three inner ones) run
 * in the order of libevent's heap, whose shape depends on which other
 * timers a loaded machine has popped already: printed sorted. */
sort($least);
$inner = array_values(array_filter($log, static fn($x) => str_starts_with($x, 'inner-')));
sort($inner);
$log = [...array_filter($log, static fn($x) => !str_starts_with($x, 'inner-')), ...$inner];
echo implode(' ', $least), "\n", implode(' ', $log), "\n";
echo "run returned\n";
