<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () {});
$e->add(10);
t(function () use ($e, $b) { return $e->set($b, -1, Event::TIMEOUT); });
t(function () use ($e, $b) { return $e->setTimer($b, function () {}); });
t(function () use ($e, $b) { return $b->set($e); });
$e->del();
t(function () use ($e, $b) { return $e->set($b, -1, Event::TIMEOUT); });
t(function () use ($e, $b) { return $b->set($e); });
