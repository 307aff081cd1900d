<?php
// unset(), ++ and references on the computed EventBuffer properties.
require __DIR__ . '/p.inc';
$b = new EventBuffer();
$b->add('abc');
show('unset', function () use ($b) { unset($b->length); return [$b->length, isset($b->length)]; });
show('inc', function () use ($b) { $b->contiguous_space++; return $b->contiguous_space; });
show('ref', function () use ($b) { $r = &$b->contiguous_space; $old = $r; $r = 9; return [$old, $b->contiguous_space]; });
show('vars', fn() => get_object_vars($b));
var_dump($b);
