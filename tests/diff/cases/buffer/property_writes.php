<?php
// Unsetting, incrementing and referencing the computed properties, and dynamic ones.
require __DIR__ . '/t.inc';
$b = buf('hello');
t('unset length', function () use ($b) { unset($b->length); return $b->length; });
t('incr length', function () use ($b) { $b->length++; return $b->length; });
t('concat', function () use ($b) { $b->contiguous_space .= 'x'; return $b->contiguous_space; });
t('dynamic', function () use ($b) { $b->extra = 1; return $b->extra; });
var_dump($b);
print_r($b);
echo "\n";
t('vars', fn() => get_object_vars($b));
t('undefined', fn() => $b->undefined);
t('read', fn() => $b->read(10));
t('length after', fn() => $b->length);
