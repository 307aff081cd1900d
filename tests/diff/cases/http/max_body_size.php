<?php
// setMaxBodySize(): values, and a body over the limit.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { echo "handler ", $req->getInputBuffer()->length, "\n"; $req->sendReply(200, 'OK'); });
foreach ([-1, 0, PHP_INT_MAX, PHP_INT_MIN, 10] as $v) {
    show("setMaxBodySize($v)", fn() => $http->setMaxBodySize($v));
}
wire(raw($base, $port, "POST / HTTP/1.0\r\nContent-Length: 5\r\n\r\nhello"));
wire(raw($base, $port, "POST / HTTP/1.0\r\nContent-Length: 20\r\n\r\n01234567890123456789"));
