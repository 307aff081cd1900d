<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
foreach ([0, -1, 255, 1 << 20, Event::READ | Event::SIGNAL, Event::SIGNAL, Event::TIMEOUT, 0x80, PHP_INT_MAX] as $w) {
    echo "what=$w\n";
    t(function () use ($b, $w) { $e = new Event($b, -1, $w, function () {}); return $e->pending; });
}
