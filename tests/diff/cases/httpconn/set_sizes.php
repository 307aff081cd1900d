<?php
// setMaxHeadersSize()/setMaxBodySize(): values, and a response over the body limit.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $b = new EventBuffer(); $b->add(str_repeat('z', 100)); $req->sendReply(200, 'OK', $b); });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
foreach ([-1, 0, PHP_INT_MAX, PHP_INT_MIN, 100000] as $v) {
    show("setMaxHeadersSize($v)", fn() => $conn->setMaxHeadersSize($v));
    show("setMaxBodySize($v)", fn() => $conn->setMaxBodySize($v));
}
$r = fetch($base, $port, EventHttpRequest::CMD_GET, '/', null, null, $conn);
var_dump($r->getResponseCode(), $r->getInputBuffer()->length);
$c2 = new EventHttpConnection($base, null, '127.0.0.1', $port);
$c2->setMaxBodySize(10);
$r = fetch($base, $port, EventHttpRequest::CMD_GET, '/', null, function ($r) { var_dump($r === null ? 'null' : $r->getResponseCode()); }, $c2);
