<?php
require __DIR__ . '/../_lib.inc';
$c = new EventConfig();
foreach (['select', 'epoll', 'poll', '', "ep\0oll", 'nonexistent', str_repeat('x', 1000)] as $m) { echo json_encode($m), ' '; t(fn() => $c->avoidMethod($m)); }
t(fn() => $c->avoidMethod([]));
t(fn() => $c->avoidMethod(null));
t(fn() => $c->avoidMethod(1));
