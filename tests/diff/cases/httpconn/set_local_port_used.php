<?php
// setLocalPort() to a free port, then a request goes out from it.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $req->sendReply(200, 'OK'); });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$lp = free_port();
show('setLocalPort', fn() => $conn->setLocalPort($lp));
$r = fetch($base, $port, EventHttpRequest::CMD_GET, '/', null, null, $conn);
var_dump($r->getResponseCode());
