<?php
// copyout() with odd arguments.
require __DIR__ . '/t.inc';
$b = buf('hello');
$d = [];
t('array out', fn() => $b->copyout($d, 2));
var_dump($d);
t('literal', function () use ($b) { return $b->copyout($x, "3"); });
t('bad len', function () use ($b) { $x = 1; return $b->copyout($x, "z"); });
t('one arg', function () use ($b) { return $b->copyout($x); });
