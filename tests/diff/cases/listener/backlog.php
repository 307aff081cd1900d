<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$cb = function () {};
foreach ([0, -1, 1, 5, PHP_INT_MAX, PHP_INT_MIN, 1 << 40, -100, 0x7fffffff] as $bl) { echo "backlog $bl "; t(function () use ($b, $cb, $bl) { $l = new EventListener($b, $cb, null, 0, $bl, '127.0.0.1:0'); return is_int($l->fd); }); }
t(fn() => new EventListener($b, $cb, null, 0, 'x', '127.0.0.1:0'));
t(fn() => new EventListener($b, $cb, null, 0, 1.5, '127.0.0.1:0'));
