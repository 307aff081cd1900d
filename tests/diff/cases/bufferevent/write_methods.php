<?php
// write()/writeBuffer()/readBuffer() on a pair.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
t('write empty', fn() => $a->write(''));
t('write', fn() => $a->write('abc'));
t('write int', fn() => $a->write(12));
t('write array', fn() => $a->write([]));
$buf = buf('def');
t('writeBuffer', fn() => $a->writeBuffer($buf));
t('buf after', fn() => $buf->length);
t('writeBuffer empty', fn() => $a->writeBuffer(buf()));
$out = buf();
t('readBuffer', fn() => $b->readBuffer($out));
t('out', fn() => $out->substr(0));
t('readBuffer empty', fn() => $b->readBuffer($out));
t('readBuffer bad', fn() => $b->readBuffer('x'));
t('writeBuffer null', fn() => $b->writeBuffer(null));
