<?php
// read() with ordinary and edge sizes.
require __DIR__ . '/t.inc';
$b = buf('0123456789');
foreach ([0, 1, -1, 3, 100] as $n) {
    t("read($n)", fn() => $b->read($n));
}
t('read empty', fn() => $b->read(5));
t('read empty 0', fn() => $b->read(0));




t('read("2")', fn() => $b->read("2"));
t('read("a")', fn() => $b->read("a"));
t('read(null)', fn() => $b->read(null));
t('read()', fn() => $b->read());
t('left', fn() => $b->length);
