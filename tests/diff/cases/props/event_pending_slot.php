<?php
// unset(), ++, .=, [] and references on $pending act on the declared slot;
// reads keep giving the computed value.
require __DIR__ . '/p.inc';
$e = ev('live');
show('unset', function () use ($e) { unset($e->pending); return $e->pending; });
show('isset after unset', fn() => isset($e->pending));
show('inc', function () use ($e) { $e->pending++; return $e->pending; });
show('concat', function () use ($e) { $e->pending .= 'x'; return $e->pending; });
$f = ev('live');
show('ref', function () use ($f) { $r = &$f->pending; $old = $r; $r = 7; return [$old, $f->pending]; });
show('dim', function () use ($f) { $g = ev('live'); $g->pending[] = 1; return $g->pending; });
show('vars', fn() => get_object_vars($f));
