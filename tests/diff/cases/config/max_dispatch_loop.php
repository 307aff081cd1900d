<?php
require __DIR__ . '/../_lib.inc';
$c = new EventConfig();
$c->setMaxDispatchInterval(0.0001, 1, 0);
$b = new EventBase($c);
$n = 0;
$evs = [];
for ($i = 0; $i < 5; $i++) { $e = new Event($b, -1, Event::TIMEOUT, function () use (&$n, $i) { $n++; echo "t$i\n"; }); $e->add(0); $evs[] = $e; }
var_dump($b->loop(EventBase::LOOP_ONCE), $n);
var_dump($b->loop(EventBase::LOOP_NONBLOCK), $n);
