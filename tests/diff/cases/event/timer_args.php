<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = Event::timer($b, function (...$a) { var_dump($a); });
$e->addTimer(0); $b->loop(EventBase::LOOP_ONCE);
$e = Event::timer($b, function (...$a) { var_dump($a); }, ['k' => 1]);
$e->addTimer(0); $b->loop(EventBase::LOOP_ONCE);
t(function () use ($e) { return $e->addTimer(-5); });
t(function () use ($e) { return $e->addTimer(NAN); });
t(function () use ($e) { return $e->delTimer(); });
