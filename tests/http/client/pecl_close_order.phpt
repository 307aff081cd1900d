--TEST--
EventHttpConnection: the close callback of a client connection runs before the request callback that saw the close
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function ($req) {
    $req->addHeader('Connection', 'close', EventHttpRequest::OUTPUT_HEADER);
    $req->sendReply(200, 'OK');
});
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$log = [];
$conn->setCloseCallback(function ($c, $arg) use (&$log) { $log[] = "close $arg"; }, 'x');
for ($i = 0; $i < 2; $i++) {
    $req = new EventHttpRequest(function ($r) use (&$log) { $log[] = 'request ' . $r->getResponseCode(); });
    $conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
    http_test_until($base, function () use (&$log, $i) { return count($log) >= 2 * ($i + 1); });
}
// Dropping the connection from its own close callback is safe.
$req = new EventHttpRequest(function ($r) use (&$log) { $log[] = 'request ' . $r->getResponseCode(); });
$conn->setCloseCallback(function ($c) use (&$conn, &$log) { $log[] = 'close, dropping it'; $conn = null; });
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
http_test_until($base, function () use (&$log) { return count($log) >= 6; });
echo implode("\n", $log), "\n";
var_dump($conn);
?>
--EXPECT--
close x
request 200
close x
request 200
close, dropping it
request 200
NULL
