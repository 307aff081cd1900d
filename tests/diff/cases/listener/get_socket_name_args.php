<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$l = new EventListener($b, function () {}, null, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, '127.0.0.1:0');
t(fn() => $l->getSocketName());
t(function () use ($l) { $a = 1; return $l->getSocketName($a); });
