<?php
// ReactPHP/Revolt style: a huge timer added and cancelled, then a short one fires.
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$n = 0;
$far = Event::timer($b, function () { echo "far fired\n"; });
$near = Event::timer($b, function () use (&$n) { echo "near fired\n"; });
foreach ([PHP_INT_MAX / 2, (int)(PHP_INT_MAX / 1000) - 1, 1e15, 9.2e18] as $t) {
    t(function () use ($far, $t) { return $far->addTimer($t); });
    var_dump($far->pending);
}
t(function () use ($near) { return $near->addTimer(0.01); });
t(function () use ($b) { return $b->loop(EventBase::LOOP_ONCE); });
var_dump($far->pending);
t(function () use ($far) { return $far->delTimer(); });
var_dump($far->pending);
t(function () use ($b) { return $b->loop(EventBase::LOOP_NONBLOCK); });
