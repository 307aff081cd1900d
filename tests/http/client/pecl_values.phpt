--TEST--
EventHttpConnection: ports, addresses, timeouts and retries taken as PECL event takes them; getBase() is false server-side; closeConnection() of a client request does nothing
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function ($req) { var_dump($req->getConnection()->getBase()); $req->sendReply(200, 'OK'); });
// The low 16 bits of the port.
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port + 65536);
foreach ([fn() => $conn->setTimeout(PHP_INT_MAX), fn() => $conn->setRetries(-2), fn() => $conn->setRetries(PHP_INT_MIN),
          fn() => (new EventHttpConnection($base, null, '127.0.0.1', 80))->setLocalPort(70000)] as $f) {
    var_dump($f());
}
echo http_test_fetch($base, $port, EventHttpRequest::CMD_GET, '/', null, [], 3.0, $conn)['code'], "\n";
$empty = new EventHttpConnection($base, null, '', 80);
$empty->setRetries(0);
echo get_class($empty), "\n";
$req = new EventHttpRequest(function () {});
var_dump($req->closeConnection());
?>
--EXPECT--
NULL
NULL
NULL
NULL
bool(false)
200
EventHttpConnection
NULL
