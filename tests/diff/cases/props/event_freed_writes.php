<?php
// Writing $data of a freed Event is ignored; unset() leaves nothing.
require __DIR__ . '/p.inc';
$e = ev('freed');
show('write', function () use ($e) { $e->data = 5; return $e->data; });
show('unset data', function () use ($e) { unset($e->data); return $e->data; });
show('unset pending', function () use ($e) { unset($e->pending); return [$e->pending, isset($e->pending)]; });
listings($e);
