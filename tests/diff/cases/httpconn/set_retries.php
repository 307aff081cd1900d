<?php
// setRetries(): values in and out of range.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$conn = new EventHttpConnection($base, null, '127.0.0.1', 80);
foreach ([0, 1, 5, -1, -2, PHP_INT_MAX, PHP_INT_MIN] as $v) {
    show("setRetries($v)", fn() => $conn->setRetries($v));
}
