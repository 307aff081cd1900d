<?php
require __DIR__ . '/../_lib.inc';
$c = new EventConfig();
$b1 = new EventBase($c);
$b2 = new EventBase($c);
var_dump($b1->getMethod() === $b2->getMethod());
$c->avoidMethod($b1->getMethod());
$b3 = new EventBase($c);
var_dump($b3->getMethod() !== $b1->getMethod());
unset($c);
var_dump($b3->loop(EventBase::LOOP_NONBLOCK));
