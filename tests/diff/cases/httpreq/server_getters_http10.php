<?php
// Getters of a request with an absolute URI (without a host, getHost() crashes PECL: tests/http/request/pecl_null_strings.phpt).
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    var_dump($req->getCommand(), $req->getHost(), $req->getUri(), $req->getInputHeaders());
    $req->sendReply(200, 'OK');
});
raw($base, $port, "GET http://abs.example:81/p?q HTTP/1.0\r\nHost: other\r\n\r\n");
