<?php
require __DIR__ . '/../_lib.inc';
t(function () { return new EventBase(null); });
t(function () { return new EventBase(new stdClass); });
t(function () { $c = new EventConfig(); $c->requireFeatures(EventConfig::FEATURE_FDS | EventConfig::FEATURE_O1); return new EventBase($c); });
t(function () { $c = new EventConfig(); foreach (Event::getSupportedMethods() as $m) { $c->avoidMethod($m); } return new EventBase($c); });
t(function () { $b = new EventBase(); $b->__construct(); return $b->getMethod(); });
t(function () { $b = (new ReflectionClass('EventBase'))->newInstanceWithoutConstructor(); return $b->getMethod(); });
