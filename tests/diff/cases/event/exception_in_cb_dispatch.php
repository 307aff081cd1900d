<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = Event::timer($b, function () { throw new LogicException("bad"); });
$e->addTimer(0);
t(function () use ($b) { return $b->dispatch(); });
$e = Event::timer($b, function () { throw new EventException("ev", 7); });
$e->addTimer(0);
try { $b->loop(EventBase::LOOP_ONCE); } catch (EventException $x) { var_dump($x->getMessage(), $x->getCode()); }
