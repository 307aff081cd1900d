<?php
require __DIR__ . '/../_lib.inc';
require __DIR__ . '/listener.inc';
$b = new EventBase();
$l = listen_on($b, function ($l) use ($b) { echo "cb\n"; $l->free(); var_dump($l->fd); t(fn() => $l->enable()); $b->exit(); }, null, EventListener::OPT_REUSEABLE);
$c = accept_one($b, $l);
var_dump($l->fd);
