--TEST--
EventHttp::bind() on [::1]
--SKIPIF--
<?php
$s = @stream_socket_server('tcp://[::1]:0');
if (!$s) die('skip IPv6 loopback not available');
?>
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
$http = new EventHttp($base);
$http->setDefaultCallback(function (EventHttpRequest $req) {
    $req->sendReply(200, 'OK', http_test_buf('v6 ' . $req->getHost()));
});
$port = http_test_free_port('[::1]');
var_dump($http->bind('::1', $port));
$raw = http_test_raw($base, $port, "GET / HTTP/1.1\r\nHost: v6host\r\n\r\n", 2.0, '[::1]');
echo http_test_status($raw), ' ', substr($raw, strpos($raw, "\r\n\r\n") + 4), "\n";
?>
--EXPECT--
bool(true)
200 v6 v6host
