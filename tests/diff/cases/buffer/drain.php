<?php
// drain() with ordinary and edge lengths.
require __DIR__ . '/t.inc';
$b = buf('0123456789');
foreach ([0, 2, -1, 3, 100, -5, PHP_INT_MAX, PHP_INT_MIN] as $n) {
    t("drain($n)", fn() => $b->drain($n));
    t('length', fn() => $b->length);
    $b->add('ab');
}
t('empty drain', fn() => buf()->drain(1));
