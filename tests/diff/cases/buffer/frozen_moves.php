<?php
// Moving bytes into and out of frozen buffers.
require __DIR__ . '/t.inc';
$a = buf('AAA');
$b = buf('BBB');
$b->freeze(true);
t('appendFrom frozen src', fn() => $a->appendFrom($b, 2));
t('addBuffer frozen src', fn() => $a->addBuffer($b));
$a->freeze(false);
t('addBuffer frozen dst', fn() => $a->addBuffer(buf('x')));
t('prependBuffer', fn() => $a->prependBuffer(buf('y')));
t('a', fn() => $a->substr(0));
t('b', fn() => $b->substr(0));
t('search frozen', fn() => $b->search('B'));
t('substr frozen', fn() => $b->substr(1));
