<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
var_dump($b->getMethod(), $b->getFeatures());
$c = new EventConfig();
var_dump($c->setFlags(EventBase::EPOLL_USE_CHANGELIST));
$b = new EventBase($c);
var_dump($b->getMethod(), $b->getFeatures());
$c = new EventConfig();
var_dump($c->avoidMethod('epoll'));
$b = new EventBase($c);
var_dump($b->getMethod(), $b->getFeatures());
$c = new EventConfig();
$c->setFlags(EventBase::NOLOCK | EventBase::PRECISE_TIMER);
$b = new EventBase($c);
var_dump($b->getMethod());
