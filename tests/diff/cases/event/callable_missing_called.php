<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = Event::timer($b, 'later_defined');
t(function () use ($e) { return $e->addTimer(0.001); });
t(function () use ($b) { return $b->loop(EventBase::LOOP_ONCE); });
echo "done\n";
