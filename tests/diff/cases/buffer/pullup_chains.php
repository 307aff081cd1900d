<?php
// pullup() of a buffer in one chunk, with a NUL byte.
require __DIR__ . '/t.inc';
$n = buf("ab\0cd");
t('nul pullup(5)', fn() => bin2hex($n->pullup(5)));
t('nul pullup(1)', fn() => bin2hex($n->pullup(1)));
t('nul length', fn() => $n->length);
$b = buf("abc");
$b->addBuffer(buf("def"));
t('chains pullup(-1)', fn() => $b->pullup(-1));
t('contiguous after', fn() => $b->contiguous_space);
