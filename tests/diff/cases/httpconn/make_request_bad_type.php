<?php
// difference: http-request-method
// makeRequest() with types that are not one method.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { echo "server: ", $req->getCommand(), "\n"; $req->sendReply(200, 'OK'); });
foreach ([0, 3, 512, -1] as $t) {
    $conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
    $done = false;
    $req = new EventHttpRequest(function ($r) use (&$done) { $done = true; echo "client: ", $r === null ? 'null' : $r->getResponseCode(), "\n"; });
    show("makeRequest($t)", fn() => $conn->makeRequest($req, $t, '/'));
    pump($base, function () use (&$done) { return $done; }, 0.5);
}
