--TEST--
EventHttpRequest::closeConnection() before the reply: the reply still goes out, then the connection closes (documented difference http-closed-connection; PECL aborts)
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function ($req) {
    $req->closeConnection();
    var_dump($req->sendReply(200, 'OK'));
});
$raw = http_test_raw($base, $port, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
echo http_test_status($raw), ' ', substr($raw, -5), "\n";
?>
--EXPECT--
NULL
200 <EOF>
