<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$d = new EventDnsBase($b, false);
t(fn() => $d->clearSearch());
t(fn() => $d->clearSearch(1));
foreach (['example.com', '', "a\0b", str_repeat('a', 300), '.'] as $s) { echo json_encode(strlen($s)), ' '; t(fn() => $d->addSearch($s)); }
t(fn() => $d->addSearch());
t(fn() => $d->clearSearch());
foreach ([0, 1, -1, PHP_INT_MAX, PHP_INT_MIN, 'x', 1.5, null] as $n) { echo json_encode($n), ' '; t(fn() => $d->setSearchNdots($n)); }
