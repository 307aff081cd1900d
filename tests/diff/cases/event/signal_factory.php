<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
foreach ([SIGUSR1, 0, -1, 64, 65, 1000, PHP_INT_MAX] as $s) {
    echo "s=$s\n";
    t(function () use ($b, $s) { $e = Event::signal($b, $s, function () {}); return [$e->pending, $e->addSignal()]; });
}
