<?php
// read() with a count far above what is there.
// difference: buffer-huge-length
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
$a->write('abc');
t('read(PHP_INT_MAX)', fn() => $b->read(PHP_INT_MAX));
