<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$l = new EventListener($b, function () {}, null, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, '127.0.0.1:0');
var_dump(is_int($l->fd));
t(fn() => $l->free());
t(fn() => $l->free());
var_dump($l->fd, isset($l->fd));
$a = 'A'; $p = 'P';
t(function () use ($l, &$a, &$p) { return $l->getSocketName($a, $p); });
var_dump($a, $p);
t(fn() => $l->enable());
t(fn() => $l->disable());
t(fn() => $l->getBase());
t(fn() => $l->setCallback(function () {}));
t(fn() => $l->setErrorCallback(function () {}));
var_dump($l);
