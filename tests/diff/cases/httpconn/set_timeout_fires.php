<?php
// setTimeout(1) on a client whose server never answers: the request fails.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$held = [];
$http = server($base, $port, function ($req) use (&$held) { $held[] = $req; });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$conn->setTimeout(1);
$conn->setRetries(0);
$t = microtime(true);
$done = false;
$req = new EventHttpRequest(function ($r) use (&$done) { $done = true; echo "callback ", $r === null ? 'null' : $r->getResponseCode(), "\n"; });
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
pump($base, function () use (&$done) { return $done; }, 4.0);
echo microtime(true) - $t < 3.5 ? "timed out in time\n" : "late\n";
