<?php
// Revolt/ReactPHP-style: exit scheduled far in the future never triggers.
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
t(function () use ($b) { return $b->exit(PHP_INT_MAX / 2); });
$n = 0;
$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$n, $b) { if (++$n == 3) { $b->stop(); } });
$e->add(0.001);
t(function () use ($b) { return $b->loop(); });
var_dump($n, $b->gotExit(), $b->gotStop());
