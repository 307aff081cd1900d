<?php
require __DIR__ . '/../_lib.inc';
$c = new EventConfig();
foreach ([[0, 0, 0], [1, 1, 1], [-1, -1, 0], [PHP_INT_MAX, PHP_INT_MAX, PHP_INT_MAX], [-5, -5, -5], [PHP_INT_MIN, PHP_INT_MIN, PHP_INT_MIN], [1, -1, -1], [0, 10, 1]] as $a) { echo json_encode($a), ' '; t(fn() => $c->setMaxDispatchInterval(...$a)); }
t(fn() => (new EventBase($c))->getMethod());
