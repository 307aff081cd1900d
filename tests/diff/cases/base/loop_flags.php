<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
foreach ([-1, 0, EventBase::LOOP_ONCE, EventBase::LOOP_NONBLOCK, 3, 4, -2, 255, 1 << 20, PHP_INT_MAX, PHP_INT_MIN] as $f) {
    echo "flags=$f\n";
    $e = Event::timer($b, function () { echo "tick\n"; });
    $e->addTimer(0);
    $x = new Event($b, -1, Event::TIMEOUT, function () use ($b) { $b->exit(); });
    $x->add(0.01);
    t(function () use ($b, $f) { return $b->loop($f); });
    $e->free(); $x->free();
}
