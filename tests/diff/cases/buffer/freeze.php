<?php
// freeze()/unfreeze() and what a frozen end refuses.
require __DIR__ . '/t.inc';
$b = buf('abcdef');
t('freeze front', fn() => $b->freeze(true));
t('read', fn() => $b->read(2));
t('drain', fn() => $b->drain(1));
t('prepend', fn() => $b->prepend('x'));
t('add', fn() => $b->add('z'));
t('pullup', fn() => $b->pullup(2));
$d = 'keep';
t('copyout', fn() => $b->copyout($d, 2));
var_dump($d);
t('readLine', fn() => $b->readLine(EventBuffer::EOL_ANY));
t('unfreeze front', fn() => $b->unfreeze(true));
t('freeze back', fn() => $b->freeze(false));
t('add', fn() => $b->add('y'));
t('read', fn() => $b->read(2));
t('prepend', fn() => $b->prepend('p'));
t('unfreeze back', fn() => $b->unfreeze(false));
t('content', fn() => $b->substr(0));
t('freeze twice', fn() => [$b->freeze(true), $b->freeze(true)]);
t('unfreeze twice', fn() => [$b->unfreeze(true), $b->unfreeze(true)]);
t('freeze()', fn() => $b->freeze());
t('freeze("x")', fn() => $b->freeze("x"));
