<?php
// The computed properties, as every kind of read sees them.
require __DIR__ . '/t.inc';
$b = buf('hello');
var_dump($b);
t('length', fn() => $b->length);
t('contiguous_space', fn() => $b->contiguous_space);
t('isset length', fn() => isset($b->length));
t('empty length', fn() => empty($b->length));
t('isset contiguous', fn() => isset($b->contiguous_space));
t('isset nope', fn() => isset($b->nope));
t('vars', fn() => get_object_vars($b));
t('array', fn() => (array)$b);
t('exists', fn() => property_exists($b, 'length'));
$e = buf();
var_dump($e);
t('empty length', fn() => empty($e->length));
t('print_r', fn() => print_r($b, true));
