<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$l = new EventListener($b, function () {}, 'D', EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, '127.0.0.1:0');
t(fn() => $l->setErrorCallback('nope'));
t(fn() => $l->setErrorCallback(null));
t(fn() => $l->setErrorCallback(function ($l, $d) { echo "err\n"; }));
t(fn() => $l->setErrorCallback('strlen'));
t(fn() => $l->setErrorCallback());
