<?php
require __DIR__ . '/../_lib.inc';
foreach ([0, 1, 2, 255, 256, -1, PHP_INT_MAX] as $n) {
    $b = new EventBase();
    echo "n=$n\n";
    t(function () use ($b, $n) { return $b->priorityInit($n); });
}
$b = new EventBase();
var_dump($b->priorityInit(5), $b->priorityInit(3), $b->priorityInit(10));
