<?php
require __DIR__ . '/../_lib.inc';
$c = new EventConfig();
var_dump($c->avoidMethod('epoll'));
$b = new EventBase($c);
var_dump($b->getMethod());
$c = new EventConfig();
var_dump($c->avoidMethod('epoll'), $c->avoidMethod('poll'), $c->avoidMethod('select'));
t(fn() => (new EventBase($c))->getMethod());
