<?php
require __DIR__ . '/../_lib.inc';
$b1 = new EventBase(); $b2 = new EventBase();
$e = Event::timer($b1, function () { echo "fired\n"; });
t(function () use ($b2, $e) { return $b2->set($e); });
$e->addTimer(0);
t(function () use ($b1) { return $b1->loop(EventBase::LOOP_NONBLOCK); });
t(function () use ($b2) { return $b2->loop(EventBase::LOOP_ONCE); });
t(function () use ($b1, $e) { return $b1->set($e); });
t(function () use ($b1) { return $b1->set(new stdClass); });
