<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
foreach ([SIGUSR1, 0, -1, 65, 100000, "10", null] as $s) {
    echo json_encode($s), "\n";
    t(function () use ($b, $s) { $e = new Event($b, $s, Event::SIGNAL, function () {}); return $e->pending; });
}
