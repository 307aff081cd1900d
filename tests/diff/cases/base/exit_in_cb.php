<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$n = 0;
$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use ($b, &$n) { $n++; var_dump($b->exit()); });
$e2 = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$n) { $n++; });
$e->add(0); $e2->add(0);
var_dump($b->loop(), $n, $b->gotExit());
