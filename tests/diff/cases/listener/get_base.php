<?php
require __DIR__ . '/../_lib.inc';
// difference: listener-get-base
$b = new EventBase();
$l = new EventListener($b, function () {}, null, 0, -1, '127.0.0.1:0');
var_dump(get_class($l->getBase()), $l->getBase() === $b);
