<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () {});
$e->free();
t(function () use ($e) { return $e->add(1); });
t(function () use ($e) { return $e->del(); });
t(function () use ($e) { return $e->addTimer(1); });
t(function () use ($e) { return $e->delTimer(); });
