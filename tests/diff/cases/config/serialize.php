<?php
require __DIR__ . '/../_lib.inc';
$c = new EventConfig();
t(fn() => serialize($c));
t(fn() => $c->__sleep());
t(fn() => $c->__wakeup());
t(fn() => (array)$c);
t(fn() => json_encode($c));
