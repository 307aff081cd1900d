<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$t = $b->getTimeOfDayCached();
var_dump(is_float($t), abs($t - microtime(true)) < 5);
var_dump($b->updateCacheTime());
$e = Event::timer($b, function () use ($b) { $t = $b->getTimeOfDayCached(); var_dump(abs($t - microtime(true)) < 5); var_dump($b->updateCacheTime()); });
$e->addTimer(0);
$b->loop(EventBase::LOOP_ONCE);
var_dump($b->reInit());
t(function () use ($b) { return $b->getTimeOfDayCached(1); });
