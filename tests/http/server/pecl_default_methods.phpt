--TEST--
EventHttp: libevent's default methods (GET, POST, HEAD, PUT, DELETE) until setAllowedMethods() allows more
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function ($req) { $req->sendReply(200, 'OK'); });
foreach (['GET', 'DELETE', 'OPTIONS', 'PATCH'] as $m) {
    echo $m, ' ', http_test_status(http_test_raw($base, $port, "$m / HTTP/1.0\r\nContent-Length: 0\r\n\r\n")), "\n";
}
$http->setAllowedMethods(511);
echo 'PATCH ', http_test_status(http_test_raw($base, $port, "PATCH / HTTP/1.0\r\nContent-Length: 0\r\n\r\n")), "\n";
?>
--EXPECT--
GET 200
DELETE 200
OPTIONS 501
PATCH 501
PATCH 200
