<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () {});
t(function () use ($e) { return $e->add("abc"); });
t(function () use ($e) { return $e->add([]); });
t(function () use ($e) { return $e->add(null); });
t(function () use ($e) { return $e->add(1, 2); });
