<?php
require __DIR__ . '/../_lib.inc';
t(fn() => new EventUtil());
$r = new ReflectionClass('EventUtil');
var_dump($r->isFinal(), $r->isInstantiable());
t(fn() => $r->newInstanceWithoutConstructor());
foreach ($r->getConstants() as $k => $v) echo "$k=$v\n";
foreach ($r->getMethods() as $m) echo $m->getName(), ' ', $m->isStatic() ? 'static' : '', "\n";
