<?php
// read() with ordinary and edge sizes.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
$a->write('0123456789');
foreach ([0, 2, -1, 3, 100, -2] as $n) {
    t("read($n)", fn() => $b->read($n));
}
t('read empty', fn() => $b->read(5));
t('read("a")', fn() => $b->read('a'));
t('read(1.5)', fn() => $b->read(1.5));
