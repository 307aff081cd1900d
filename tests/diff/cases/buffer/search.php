<?php
// search() with starts and ends inside, at and past the data.
require __DIR__ . '/t.inc';
$b = buf('abcabcabc');
$cases = [['c'], ['c', 3], ['c', 2], ['c', 9], ['c', 100], ['c', -1], ['c', -2], ['c', 0, 2], ['c', 0, 3],
    ['c', 3, 5], ['c', 4, 100], ['c', 5, 2], ['c', -1, -1], ['c', 0, -2], ['x'], ['', 0], ['', 4], ['abc', 1],
    ['abc', 1, 7], ['c', PHP_INT_MAX], ['c', 0, PHP_INT_MAX], ['c', PHP_INT_MIN]];
foreach ($cases as $a) {
    t('search(' . implode(', ', $a) . ')', fn() => $b->search(...$a));
}
t('empty buffer', fn() => buf()->search('a'));
t('empty buffer start 1', fn() => buf()->search('a', 1));
