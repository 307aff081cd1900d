<?php
// makeRequest() of the same request object twice, and of two requests at once.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { echo "server: ", $req->getUri(), "\n"; $req->sendReply(200, 'OK'); });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$n = 0;
$a = new EventHttpRequest(function ($r) use (&$n) { $n++; echo "a: ", $r->getResponseCode(), "\n"; });
$b = new EventHttpRequest(function ($r) use (&$n) { $n++; echo "b: ", $r->getResponseCode(), "\n"; });
show('a', fn() => $conn->makeRequest($a, EventHttpRequest::CMD_GET, '/a'));
show('b', fn() => $conn->makeRequest($b, EventHttpRequest::CMD_GET, '/b'));
pump($base, function () use (&$n) { return $n >= 2; });
