<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
foreach ([null, -1, -2, PHP_INT_MAX, "3", 1.5, [], new stdClass, true] as $fd) {
    echo json_encode(is_resource($fd) ? 'res' : (is_object($fd) ? 'obj' : $fd)), "\n";
    t(function () use ($b, $fd) { $e = new Event($b, $fd, Event::READ, function () {}); return $e->add(); });
}
