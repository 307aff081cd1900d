<?php
// difference: http-strict-parsing
// makeRequest() with an empty URI, a full URL and a query: what the server sees.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { echo "server: '", $req->getUri(), "'\n"; $req->sendReply(200, 'OK'); });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
foreach (['', '/a?b=c&d', 'http://h.example/x', '*'] as $u) {
    $r = fetch($base, $port, EventHttpRequest::CMD_GET, $u, null, function ($r) { echo "client: ", $r === null ? "null" : $r->getResponseCode(), "\n"; }, $conn);
}
