--TEST--
Regression (bug report): a client EventHttpRequest that already got its response can be passed to makeRequest() again, and the request silently never completes
--DESCRIPTION--
Expected: the second makeRequest() with the same EventHttpRequest throws an
EventException ("the request was already sent"), as the code intends
(php_event_http_req_t has a `sent` flag that __construct checks but
makeRequest() never sets; makeRequest() only refuses requests in flight).
Today it returns true, libevent re-sends the request with the first one's
output headers (Content-Length: 3) but an empty (already drained) body, the
server waits for the 3 bytes, and the callback never runs: a silent hang.
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$uris = [];
$http->setDefaultCallback(function (EventHttpRequest $r) use (&$uris) {
    $uris[] = $r->getUri();
    $r->sendReply(200, 'OK', http_test_buf('ok'));
});
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$n = 0;
$req = new EventHttpRequest(function () use (&$n) { $n++; });
$req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
$req->getOutputBuffer()->add('abc');
$conn->makeRequest($req, EventHttpRequest::CMD_POST, '/first');
http_test_until($base, fn() => $n === 1);
echo "first: n=$n\n";
try {
    $r = $conn->makeRequest($req, EventHttpRequest::CMD_POST, '/second');
    echo 'second makeRequest returned ', var_export($r, true), "\n";
    http_test_until($base, fn() => $n === 2, 1.0);
    echo "second: n=$n server saw ", json_encode($uris), "\n";
} catch (EventException $e) {
    echo 'EventException: ', $e->getMessage(), "\n";
}
?>
--EXPECT--
first: n=1
EventException: the request was already sent
