<?php
// setLocalPort(): values in and out of range.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$conn = new EventHttpConnection($base, null, '127.0.0.1', 80);
foreach ([0, 1234, 65535, -1, 65536, PHP_INT_MAX] as $p) {
    show("setLocalPort($p)", fn() => $conn->setLocalPort($p));
}
