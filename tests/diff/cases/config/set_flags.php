<?php
require __DIR__ . '/../_lib.inc';
$c = new EventConfig();
foreach ([0, 1, 2, 4, 8, 16, 32, 64, 0x7f, -1, PHP_INT_MAX, PHP_INT_MIN] as $f) { echo "flags $f "; t(fn() => $c->setFlags($f)); }
t(fn() => $c->setFlags(null));
t(fn() => $c->setFlags('abc'));
t(fn() => $c->setFlags(2.5));
