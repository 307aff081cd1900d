<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () {});
$e->add(5);
foreach ([0, -1, Event::TIMEOUT, Event::READ, 0xff, 0xffff, PHP_INT_MAX, 1 << 40] as $m) {
    echo "m=$m\n";
    t(function () use ($e, $m) { return $e->pending($m); });
}
