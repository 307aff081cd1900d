<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
foreach (['no_such_fn', 'strlen', 42, null, [1, 2], 'Foo::bar', [new stdClass, 'x'], ''] as $c) { echo json_encode($c), ' '; t(function () use ($b, $c) { $l = new EventListener($b, $c, null, 0, -1, '127.0.0.1:0'); return is_int($l->fd); }); }
t(fn() => new EventListener($b));
t(fn() => new EventListener(null, 'strlen', null, 0, -1, '127.0.0.1:0'));
