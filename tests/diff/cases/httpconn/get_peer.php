<?php
// difference: http-connection-get-peer
// getPeer(): by-reference outputs on a client before and after a request, and on a server-side connection.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    $c = $req->getConnection();
    $a = 'unset'; $p = 'unset';
    var_dump($c->getPeer($a, $p), $a, is_int($p) && $p > 0);
    $req->sendReply(200, 'OK');
});
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$a = 'unset'; $p = 'unset';
var_dump($conn->getPeer($a, $p), $a, $p === $port);
fetch($base, $port, EventHttpRequest::CMD_GET, '/', null, null, $conn);
$a = 'unset'; $p = 'unset';
var_dump($conn->getPeer($a, $p), $a, $p === $port);
show('no refs', fn() => $conn->getPeer());
