<?php
// pullup() with ordinary and edge sizes.
require __DIR__ . '/t.inc';
$b = buf('hello world');
foreach ([3, 0, -1, -5, 11, 12, 100, PHP_INT_MAX, PHP_INT_MIN] as $n) {
    t("pullup($n)", fn() => $b->pullup($n));
}
t('length', fn() => $b->length);
t('empty pullup(0)', fn() => buf()->pullup(0));
t('empty pullup(-1)', fn() => buf()->pullup(-1));
t('empty pullup(1)', fn() => buf()->pullup(1));
t('pullup("x")', fn() => $b->pullup("x"));
t('pullup(1.5)', fn() => $b->pullup(1.5));
t('pullup(NAN)', fn() => $b->pullup(NAN));
