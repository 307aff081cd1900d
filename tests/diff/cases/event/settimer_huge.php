<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = Event::timer($b, function () { echo "a\n"; });
t(function () use ($e, $b) { return $e->setTimer($b, function () { echo "b\n"; }, 'x'); });
t(function () use ($e) { return $e->addTimer(PHP_INT_MAX / 2); });
t(function () use ($e, $b) { return $e->setTimer($b, function () { echo "c\n"; }); });
t(function () use ($e) { return $e->delTimer(); });
t(function () use ($e, $b) { return $e->setTimer($b, function ($a = 'none') { echo "d "; var_dump($a); }); });
t(function () use ($e) { return $e->addTimer(0); });
t(function () use ($b) { return $b->loop(EventBase::LOOP_ONCE); });
