<?php
// addBuffer()/prependBuffer(), also of a buffer into itself.
require __DIR__ . '/t.inc';
$a = buf('A');
$b = buf('B');
t('addBuffer', fn() => $a->addBuffer($b));
t('a', fn() => $a->length);
t('b', fn() => $b->length);
$c = buf('C');
t('prependBuffer', fn() => $a->prependBuffer($c));
t('content', fn() => $a->substr(0));
t('c', fn() => $c->length);
t('self add', fn() => $a->addBuffer($a));
t('self prepend', fn() => $a->prependBuffer($a));
t('after self', fn() => $a->substr(0));
t('empty add', fn() => $a->addBuffer(buf()));
t('empty prepend', fn() => $a->prependBuffer(buf()));
t('wrong type', fn() => $a->addBuffer(new stdClass));
t('null', fn() => $a->addBuffer(null));
