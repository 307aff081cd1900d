<?php
// difference: fatal-as-exception
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$l = new EventListener($b, function () {}, null, 0, -1, '127.0.0.1:0');
t(function () use ($l) { $l->fd = 5; });
echo "after\n";
