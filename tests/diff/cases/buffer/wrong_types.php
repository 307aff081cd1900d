<?php
// Wrong argument types and counts on every method.
require __DIR__ . '/t.inc';
$b = buf('abc');
t('freeze([])', fn() => $b->freeze([]));
t('add(array)', fn() => $b->add([1]));
t('read(1.5)', fn() => $b->read(1.5));
t('read(NAN)', fn() => $b->read(NAN));
t('read(INF)', fn() => $b->read(INF));
t('drain(1e30)', fn() => $b->drain(1e30));
t('drain("1e3")', fn() => $b->drain("1e3"));
t('search([])', fn() => $b->search([]));
t('search(a, "x")', fn() => $b->search('a', 'x'));
t('search(a, 1.7)', fn() => $b->search('a', 1.7));
t('searchEol(NAN)', fn() => $b->searchEol(NAN));
t('substr(null)', fn() => $b->substr(null));
t('substr("1")', fn() => $b->substr("1"));
t('appendFrom(int)', fn() => $b->appendFrom(1, 1));
t('prependBuffer(str)', fn() => $b->prependBuffer('x'));
t('readLine(null)', fn() => $b->readLine(null));
t('expand(-0.0)', fn() => $b->expand(-0.0));
t('too many', fn() => $b->read(1, 2));
t('left', fn() => $b->substr(0));
