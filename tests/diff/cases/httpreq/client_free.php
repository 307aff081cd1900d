<?php
// difference: http-request-free
// free() on a client request before it is sent, then the methods; and makeRequest() of it.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$req = new EventHttpRequest(function () {});
show('free', fn() => $req->free());
show('free again', fn() => $req->free());
foreach (['getCommand', 'getResponseCode', 'getInputHeaders', 'getOutputHeaders', 'getBufferEvent', 'getConnection', 'clearHeaders', 'cancel'] as $m) {
    show($m, fn() => $req->$m());
}
show('findHeader', fn() => $req->findHeader('a', 1));
show('addHeader', fn() => $req->addHeader('a', 'b', 2));
$conn = new EventHttpConnection($base, null, '127.0.0.1', free_port());
show('makeRequest', fn() => $conn->makeRequest($req, EventHttpRequest::CMD_GET, '/'));
