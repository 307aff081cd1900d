<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
var_dump($b->gotStop(), $b->gotExit(), $b->stop(), $b->gotStop(), $b->resume(), $b->gotStop());
$n = 0;
$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use ($b, &$n) { $n++; if ($n == 2) { var_dump($b->stop()); } });
$e->add(0.001);
var_dump($b->loop(), $n, $b->gotStop());
var_dump($b->loop(EventBase::LOOP_ONCE), $n);
$e->del();
var_dump($b->exit(), $b->gotExit(), $b->loop(), $b->gotExit());
var_dump($b->dispatch());
