<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = Event::timer($b, 'later_defined', 'arg');
if (true) { function later_defined($arg = null) { echo "called: "; var_dump($arg); } }
t(function () use ($e) { return $e->addTimer(0.001); });
t(function () use ($b) { return $b->loop(EventBase::LOOP_ONCE); });
