<?php
// substr() with starts and lengths.
require __DIR__ . '/t.inc';
$b = buf('0123456789');
foreach ([[0], [3], [10], [11], [100], [-1], [-3], [0, 0], [0, 3], [8, 5], [2, -1], [2, -2], [0, PHP_INT_MAX],
    [PHP_INT_MAX], [PHP_INT_MIN], [5, 0], [9, 1]] as $a) {
    t('substr(' . implode(', ', $a) . ')', fn() => $b->substr(...$a));
}
t('empty', fn() => buf()->substr(0));
t('empty 1', fn() => buf()->substr(1));
t('length', fn() => $b->length);
