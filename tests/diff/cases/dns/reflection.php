<?php
require __DIR__ . '/../_lib.inc';
$r = new ReflectionClass('EventDnsBase');
var_dump($r->isFinal(), $r->isCloneable());
t(fn() => $r->newInstanceWithoutConstructor());
t(fn() => clone new EventDnsBase(new EventBase(), false));
var_dump(new EventDnsBase(new EventBase(), false));
foreach ($r->getConstants() as $k => $v) echo "$k=$v\n";
