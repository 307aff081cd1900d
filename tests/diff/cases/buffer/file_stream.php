<?php
// write()/readFrom() with file and memory streams.
require __DIR__ . '/t.inc';
$f = tmpfile();
$b = buf('file data');
t('write file', fn() => $b->write($f));
rewind($f);
$in = buf();
t('readFrom file', fn() => $in->readFrom($f));
t('content', fn() => $in->substr(0));
$m = fopen('php://memory', 'w+');
$b->add('mem');
t('write memory', fn() => $b->write($m));
t('readFrom memory', fn() => $in->readFrom($m));
t('write STDIN', fn() => $b->write(STDIN));
