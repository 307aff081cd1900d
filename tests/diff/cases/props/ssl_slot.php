<?php
// unset(), .= and references on the paths act on the declared slot.
require __DIR__ . '/p.inc';
$c = ssl_ctx($d);
show('unset', function () use ($c, $d) { unset($c->local_cert); return [$c->local_cert === $d['cert'], isset($c->local_cert)]; });
show('concat', function () use ($c, $d) { $c->local_pk .= 'x'; return $c->local_pk === $d['key']; });
show('ref', function () use ($c, $d) { $r = &$c->local_pk; $old = $r; $r = 1; return [$old, $c->local_pk === $d['key']]; });
show('vars', fn() => array_keys(get_object_vars($c)));
