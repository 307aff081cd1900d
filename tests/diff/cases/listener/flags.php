<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$cb = function () {};
foreach ([0, -1, PHP_INT_MAX, PHP_INT_MIN, 0x7fffffff, 1 << 40, 0xffff, EventListener::OPT_LEAVE_SOCKETS_BLOCKING, EventListener::OPT_CLOSE_ON_EXEC, EventListener::OPT_DISABLED, EventListener::OPT_DEFERRED_ACCEPT, EventListener::OPT_THREADSAFE, 128, 256] as $fl) { echo "flags $fl "; t(function () use ($b, $cb, $fl) { $l = new EventListener($b, $cb, null, $fl, -1, '127.0.0.1:0'); return is_int($l->fd); }); }
t(fn() => new EventListener($b, $cb, null, 'x', -1, '127.0.0.1:0'));
t(fn() => new EventListener($b, $cb, null, null, -1, '127.0.0.1:0'));
