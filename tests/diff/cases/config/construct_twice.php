<?php
require __DIR__ . '/../_lib.inc';
$c = new EventConfig();
$c->avoidMethod('epoll');
t(fn() => $c->__construct());
t(fn() => (new EventBase($c))->getMethod());
t(fn() => $c->__construct(1));
