--TEST--
EventHttpRequest::getHost()/getUri(): '' where libevent has none (documented difference http-request-null-strings; PECL crashes)
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$req = new EventHttpRequest(function () {});
var_dump($req->getHost(), $req->getUri());
$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function ($req) { var_dump($req->getHost(), $req->getUri()); $req->sendReply(200, 'OK'); });
http_test_raw($base, $port, "GET / HTTP/1.0\r\n\r\n");
?>
--EXPECT--
string(0) ""
string(0) ""
string(0) ""
string(1) "/"
