<?php
// appendFrom() with ordinary and edge lengths.
require __DIR__ . '/t.inc';
$a = buf();
$b = buf('0123456789');
foreach ([0, 2, -1, 3, 100, -5, PHP_INT_MIN] as $n) {
    t("appendFrom($n)", fn() => $a->appendFrom($b, $n));
    t('a', fn() => $a->substr(0));
    t('b', fn() => $b->length);
    $b->add('xy');
}
t('self', fn() => $a->appendFrom($a, 2));
t('after self', fn() => $a->substr(0));
t('empty', fn() => $a->appendFrom(buf(), 5));
