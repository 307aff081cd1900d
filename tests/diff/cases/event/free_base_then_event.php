<?php
// difference: event-after-base-free
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () {});
$e->add(10);
$b->free();
t(function () use ($e) { return $e->pending; });
t(function () use ($e) { return $e->add(1); });
t(function () use ($e) { return $e->del(); });
t(function () use ($e) { return $e->pending(Event::TIMEOUT); });
t(function () use ($e) { $e->free(); return 1; });
