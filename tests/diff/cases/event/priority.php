<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$b->priorityInit(3);
$e = new Event($b, -1, Event::TIMEOUT, function () {});
foreach ([0, 1, 2, 3, -1, PHP_INT_MAX, 100] as $p) {
    echo "p=$p\n";
    t(function () use ($e, $p) { return $e->setPriority($p); });
}
