<?php
// Frameworks add timers far in the future on purpose (ReactPHP, Revolt).
$base = new EventBase();
$e = new Event($base, -1, Event::TIMEOUT, function () { echo "fired\n"; });
foreach ([PHP_INT_MAX / 2, (int)(PHP_INT_MAX / 1000) - 1, 1e12, 1e13, 0.5] as $t) {
    try { var_dump($e->add($t)); var_dump($e->pending); var_dump($e->del()); }
    catch (Throwable $x) { echo get_class($x), ': ', $x->getMessage(), "\n"; }
}
