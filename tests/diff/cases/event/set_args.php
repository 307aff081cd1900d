<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function ($fd, $w, $a) { echo "cb1 "; var_dump($fd, $w, $a); }, 'one');
t(function () use ($e, $b) { return $e->set($b, -1); });
t(function () use ($e, $b) { return $e->set($b, -1, null, null, 'two'); });
t(function () use ($e, $b) { return $e->set($b, -1, -5); });
t(function () use ($e, $b) { return $e->set($b, -1, 1 << 12); });
t(function () use ($e, $b) { return $e->set($b, -7, Event::TIMEOUT); });
t(function () use ($e, $b) { return $e->set($b, SIGUSR1, Event::SIGNAL); });
t(function () use ($e, $b) { return $e->set($b, -1, Event::TIMEOUT, 'nonexistent_cb'); });
t(function () use ($e, $b) { return $e->set($b, -1, Event::TIMEOUT, function ($fd, $w, $a) { echo "cb2 "; var_dump($fd, $w, $a); }); });
var_dump($e->data);
