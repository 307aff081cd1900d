<?php
require __DIR__ . '/../_lib.inc';
$c = new EventConfig();
foreach (['abc', '1.5', null, [], NAN, INF, -INF, 1e30, 0.25, true, new stdClass] as $v) { echo json_encode($v), ' '; t(fn() => $c->setMaxDispatchInterval($v, 1, 1)); }
foreach (['abc', 1.5, null, NAN, '7'] as $v) { echo json_encode($v), ' '; t(fn() => $c->setMaxDispatchInterval(1, $v, 1)); }
foreach (['abc', 1.5, null] as $v) { echo json_encode($v), ' '; t(fn() => $c->setMaxDispatchInterval(1, 1, $v)); }
t(fn() => $c->setMaxDispatchInterval(1, 1));
t(fn() => $c->setMaxDispatchInterval());
