<?php
// The setters and makeRequest() on the EventHttpConnection of a request a server received.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    $c = $req->getConnection();
    show('setTimeout', fn() => $c->setTimeout(5));
    show('setMaxHeadersSize', fn() => $c->setMaxHeadersSize(10000));
    show('setMaxBodySize', fn() => $c->setMaxBodySize(10000));
    $req->sendReply(200, 'OK');
});
echo strtok(raw($base, $port, "GET / HTTP/1.0\r\n\r\n"), "\r"), "\n";
