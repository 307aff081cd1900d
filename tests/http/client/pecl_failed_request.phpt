--TEST--
EventHttpRequest: a request libevent fails (a timeout, a body over the limit) calls back with NULL; getConnection() is NULL once answered
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function ($req) { $req->sendReply(200, 'OK', http_test_buf(str_repeat('z', 100))); });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$conn->setMaxBodySize(10);
$got = 'not called';
$req = new EventHttpRequest(function ($r, $arg) use (&$got) { $got = [$r, $arg]; }, 'data');
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
var_dump($req->getConnection() === $conn);
http_test_until($base, function () use (&$got) { return $got !== 'not called'; });
var_dump($got, $req->getResponseCode(), $req->isAborted());
$conn2 = new EventHttpConnection($base, null, '127.0.0.1', $port);
$in = 'not called';
$req2 = new EventHttpRequest(function ($r) use (&$in) { $in = $r->getConnection(); });
$conn2->makeRequest($req2, EventHttpRequest::CMD_GET, '/');
http_test_until($base, function () use (&$in) { return $in !== 'not called'; });
var_dump($in);
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  NULL
  [1]=>
  string(4) "data"
}
int(200)
bool(true)
NULL
