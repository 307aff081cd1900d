<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$e) { echo "cb\n"; $e->free(); t(function () use ($e) { return $e->pending; }); });
$e->add(0);
t(function () use ($b) { return $b->loop(EventBase::LOOP_ONCE); });
t(function () use ($b) { return $b->loop(EventBase::LOOP_NONBLOCK); });
