<?php
// difference: http-status-limits
// setMaxHeadersSize(): values, and headers over the limit.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { echo "handler\n"; $req->sendReply(200, 'OK'); });
foreach ([-1, 0, PHP_INT_MAX, PHP_INT_MIN, 40] as $v) {
    show("setMaxHeadersSize($v)", fn() => $http->setMaxHeadersSize($v));
}
wire(raw($base, $port, "GET / HTTP/1.0\r\nA: b\r\n\r\n"));
wire(raw($base, $port, "GET / HTTP/1.0\r\nX-Long: " . str_repeat('y', 100) . "\r\n\r\n"));
