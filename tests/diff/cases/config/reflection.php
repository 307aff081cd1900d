<?php
require __DIR__ . '/../_lib.inc';
$r = new ReflectionClass('EventConfig');
var_dump($r->isFinal(), $r->isCloneable(), $r->isInstantiable());
t(fn() => $r->newInstanceWithoutConstructor());
t(fn() => clone new EventConfig());
var_dump(new EventConfig());
foreach ($r->getMethods() as $m) echo $m->getName(), "\n";
foreach ($r->getConstants() as $k => $v) echo "$k=$v\n";
