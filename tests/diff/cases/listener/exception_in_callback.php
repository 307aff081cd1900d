<?php
require __DIR__ . '/../_lib.inc';
require __DIR__ . '/listener.inc';
$b = new EventBase();
$l = listen_on($b, function () { throw new RuntimeException('boom'); }, null, EventListener::OPT_REUSEABLE);
t(fn() => accept_one($b, $l));
