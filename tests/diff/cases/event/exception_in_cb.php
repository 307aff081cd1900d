<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () { throw new RuntimeException("boom"); });
$e2 = new Event($b, -1, Event::TIMEOUT, function () { echo "second ran\n"; });
$e->add(0); $e2->add(0);
t(function () use ($b) { return $b->loop(); });
t(function () use ($b) { return $b->loop(EventBase::LOOP_NONBLOCK); });
