<?php
require __DIR__ . '/../_lib.inc';
$r = new ReflectionClass('EventListener');
var_dump($r->isFinal(), $r->isCloneable());
t(fn() => $r->newInstanceWithoutConstructor());
$b = new EventBase();
$l = new EventListener($b, function () {}, null, 0, -1, '127.0.0.1:0');
t(fn() => clone $l);
t(fn() => serialize($l));
t(fn() => unserialize('O:13:"EventListener":0:{}'));
var_dump(array_keys((array)$l), property_exists($l, 'fd'), isset($l->fd), empty($l->fd));
$l->foo = 1; var_dump($l->foo);
