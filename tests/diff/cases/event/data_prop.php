<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function ($fd, $w, $a) { var_dump($a); }, 'orig');
var_dump($e->data);
$e->data = 'changed';
$e->add(0);
$b->loop(EventBase::LOOP_ONCE);
var_dump(isset($e->pending), isset($e->data), empty($e->pending), property_exists($e, 'pending'));
$e->add(1);
var_dump(isset($e->pending), empty($e->pending), (array)$e);
t(function () use ($e) { $e->other = 1; return $e->other; });
t(function () use ($e) { return $e->nope; });
t(function () use ($e) { $e->data = [1]; $e->data[] = 2; return $e->data; });
t(function () use ($e) { unset($e->data); return isset($e->data); });
t(function () use ($e) { return $e->data; });
