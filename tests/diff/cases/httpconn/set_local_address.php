<?php
// setLocalAddress(): return values, and a request bound to it.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $req->sendReply(200, 'OK'); });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
show('127.0.0.1', fn() => $conn->setLocalAddress('127.0.0.1'));
show('again', fn() => $conn->setLocalAddress('127.0.0.1'));
$r = fetch($base, $port, EventHttpRequest::CMD_GET, '/', null, null, $conn);
var_dump($r->getResponseCode());
$c2 = new EventHttpConnection($base, null, '127.0.0.1', $port);
show('bad', fn() => $c2->setLocalAddress('not an address'));
show('empty', fn() => $c2->setLocalAddress(''));
