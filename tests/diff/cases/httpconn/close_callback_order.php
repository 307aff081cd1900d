<?php
// The close callback of a client connection the server closes after its reply: before or after the request callback.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $req->addHeader('Connection', 'close', EventHttpRequest::OUTPUT_HEADER); $req->sendReply(200, 'OK'); });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
show('set', fn() => $conn->setCloseCallback(function (...$args) { echo "close ", count($args), ' ', get_class($args[0]), ' '; var_dump($args[1] ?? 'missing'); }));
fetch($base, $port, EventHttpRequest::CMD_GET, '/', null, function ($r) { echo "request ", $r->getResponseCode(), "\n"; }, $conn);
pump($base, fn() => false, 0.2);
echo "second\n";
fetch($base, $port, EventHttpRequest::CMD_GET, '/', null, function ($r) { echo "request ", $r->getResponseCode(), "\n"; }, $conn);
pump($base, fn() => false, 0.2);
