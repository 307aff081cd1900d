<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$inner = new EventBase();
$ie = Event::timer($inner, function () { throw new DomainException("inner"); });
$e = Event::timer($b, function () use ($inner, $ie) { $ie->addTimer(0); $inner->loop(EventBase::LOOP_ONCE); echo "not reached\n"; });
$e->addTimer(0);
t(function () use ($b) { return $b->loop(); });
t(function () use ($b) { return $b->loop(EventBase::LOOP_NONBLOCK); });
