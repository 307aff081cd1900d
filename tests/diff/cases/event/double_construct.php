<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () { echo "first\n"; });
t(function () use ($e, $b) { return $e->__construct($b, -1, Event::TIMEOUT, function () { echo "second\n"; }); });
$e->add(0);
$b->loop(EventBase::LOOP_ONCE);
