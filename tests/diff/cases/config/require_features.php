<?php
require __DIR__ . '/../_lib.inc';
$c = new EventConfig();
foreach ([0, 1, 2, 4, 8, 7, 15, 16, -1, PHP_INT_MAX, PHP_INT_MIN, 1 << 32] as $f) { echo "req $f "; t(fn() => $c->requireFeatures($f)); }
t(fn() => $c->requireFeatures('x'));
t(fn() => $c->requireFeatures(1.5));
t(fn() => $c->requireFeatures(null));
