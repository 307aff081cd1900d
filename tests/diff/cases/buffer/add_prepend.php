<?php
// add()/prepend() with strings of every kind.
require __DIR__ . '/t.inc';
$b = buf();
t('add empty', fn() => $b->add(''));
t('add', fn() => $b->add('mid'));
t('prepend', fn() => $b->prepend('<'));
t('prepend empty', fn() => $b->prepend(''));
t('add int', fn() => $b->add(42));
t('add float', fn() => $b->add(1.5));
t('add bool', fn() => $b->add(true));
t('add null', fn() => $b->add(null));
t('add array', fn() => $b->add([]));
t('prepend obj', fn() => $b->prepend(new stdClass));
t('add nul', fn() => $b->add("\0>"));
t('content', fn() => bin2hex($b->read(100)));
t('add()', fn() => $b->add());
