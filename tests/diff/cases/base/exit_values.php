<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
foreach ([0, 0.0, -1, -0.5, NAN, -INF, 1e13, PHP_INT_MAX / 2, (int)(PHP_INT_MAX / 1000) - 1, "1"] as $t) {
    echo json_encode(is_float($t) && !is_finite($t) ? (string)$t : $t), "\n";
    $b2 = new EventBase();
    t(function () use ($b2, $t) { return $b2->exit($t); });
    $e = Event::timer($b2, function () use ($b2) { echo "timer, gotExit="; var_dump($b2->gotExit()); $b2->stop(); });
    $e->addTimer(0.02);
    t(function () use ($b2) { return $b2->loop(); });
    var_dump($b2->gotExit(), $b2->gotStop());
}
