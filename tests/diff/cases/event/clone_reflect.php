<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () {});
t(function () use ($e) { return clone $e; });
t(function () use ($b) { return clone $b; });
t(function () { return (new ReflectionClass('Event'))->newInstanceWithoutConstructor(); });
t(function () { $e = (new ReflectionClass('Event'))->newInstanceWithoutConstructor(); return $e->add(); });
t(function () { $e = (new ReflectionClass('Event'))->newInstanceWithoutConstructor(); return $e->pending; });
