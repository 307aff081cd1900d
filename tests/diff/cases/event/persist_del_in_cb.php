<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$n = 0;
$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$e, &$n) { echo "tick ", ++$n, "\n"; if ($n == 3) { var_dump($e->del()); } });
$e->add(0.001);
t(function () use ($b) { return $b->loop(); });
