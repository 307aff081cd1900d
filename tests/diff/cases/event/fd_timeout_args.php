<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function ($fd, $what, $arg) { var_dump($fd, $what, $arg); });
$e->add(0.001);
$b->loop(EventBase::LOOP_ONCE);
$e = new Event($b, null, 0, function ($fd, $what, $arg) { var_dump($fd, $what, $arg); }, [1]);
$e->add(0);
$b->loop(EventBase::LOOP_ONCE);
