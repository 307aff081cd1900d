<?php
// expand() with ordinary and edge lengths (no huge allocations).
require __DIR__ . '/t.inc';
$b = buf('abc');
foreach ([0, 1, 100, 4096, -1, PHP_INT_MIN] as $n) {
    t("expand($n)", fn() => $b->expand($n));
    t('length', fn() => $b->length);
}
t('content', fn() => $b->read(10));
t('expand("x")', fn() => $b->expand("x"));
