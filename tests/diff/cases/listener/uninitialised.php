<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x);
$l = new EventListener($b, function () {}, null, 0, -1, $x);
var_dump($l->fd, isset($l->fd));
t(fn() => $l->enable());
t(fn() => $l->disable());
t(fn() => $l->getBase());
t(fn() => $l->setCallback(function () {}));
t(fn() => $l->setErrorCallback(function () {}));
$a = 'A'; $p = 'P';
t(function () use ($l, &$a, &$p) { return $l->getSocketName($a, $p); });
var_dump($a, $p);
t(fn() => $l->free());
