<?php
// setTimeout(): huge, zero and negative values are taken.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $req->sendReply(200, 'OK'); });
foreach ([1, 0, -1, -100, PHP_INT_MAX, intdiv(PHP_INT_MAX, 2), 2147483648, 86400 * 365 * 1000] as $v) {
    show("setTimeout($v)", fn() => $http->setTimeout($v));
    echo strtok(raw($base, $port, "GET / HTTP/1.0\r\n\r\n"), "\r"), "\n";
}
