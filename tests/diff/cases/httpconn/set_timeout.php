<?php
// setTimeout(): huge, zero and negative values are taken; a request still works where the timeout allows.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $req->sendReply(200, 'OK'); });
foreach ([5, 0, -1, PHP_INT_MAX, intdiv(PHP_INT_MAX, 2), 86400 * 365 * 1000] as $t) {
    $conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
    show("setTimeout($t)", fn() => $conn->setTimeout($t));
    $r = fetch($base, $port, EventHttpRequest::CMD_GET, '/', null, null, $conn);
    var_dump($r->getResponseCode());
}
