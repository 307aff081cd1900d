<?php
require __DIR__ . '/../_lib.inc';
require __DIR__ . '/listener.inc';
$b = new EventBase();
$n = 0;
$l = listen_on($b, function () use ($b, &$n) { $n++; echo "accepted\n"; $b->exit(); }, null, EventListener::OPT_REUSEABLE);
t(fn() => $l->disable());
t(fn() => $l->disable());
$c = connect_to();
$b->loop(EventBase::LOOP_NONBLOCK);
var_dump($n);
t(fn() => $l->enable());
t(fn() => $l->enable());
$t = new Event($b, -1, Event::TIMEOUT, function () use ($b) { echo "timeout\n"; $b->exit(); });
$t->add(2);
$b->dispatch();
var_dump($n);
t(fn() => $l->enable(1));
