<?php
// setPriority() passes the low 32 bits of the integer to libevent.
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$b->priorityInit(4);
$e = new Event($b, -1, Event::TIMEOUT, function () {});
foreach ([2 ** 32, 2 ** 32 + 3, 2 ** 32 + 4, 2 ** 31, -2 ** 32 + 2, PHP_INT_MIN, PHP_INT_MIN + 2] as $p) {
    echo "p=$p\n";
    t(function () use ($e, $p) { return $e->setPriority($p); });
}
