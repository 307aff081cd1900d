<?php
// A request to a port nobody listens on: callback argument, close callback order.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$conn = new EventHttpConnection($base, null, '127.0.0.1', free_port());
$conn->setRetries(0);
$conn->setCloseCallback(function ($c, $arg) { echo "close ", get_class($c), " $arg\n"; }, 'carg');
$done = false;
$req = new EventHttpRequest(function ($r, $arg) use (&$done) { $done = true; echo "request ", $r === null ? 'null' : $r->getResponseCode(), " $arg\n"; }, 'rarg');
show('make', fn() => $conn->makeRequest($req, EventHttpRequest::CMD_GET, '/'));
pump($base, function () use (&$done) { return $done; });
pump($base, fn() => false, 0.2);
