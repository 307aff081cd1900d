<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () { echo "fired\n"; });
foreach ([-1, 0, -2, -0.5, NAN, INF, -INF, 1e300, PHP_INT_MAX, 0.000001, "1", 2.5] as $t) {
    echo json_encode(is_float($t) && !is_finite($t) ? (string)$t : $t), "\n";
    t(function () use ($e, $t) { $r = $e->add($t); $p = $e->pending; $e->del(); return [$r, $p]; });
}
