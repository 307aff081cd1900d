--TEST--
EventHttpConnection: getBase, getPeer, setLocalAddress, setLocalPort, setTimeout, setMaxHeadersSize, setMaxBodySize, setRetries
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$peers = [];
$http->setDefaultCallback(function (EventHttpRequest $r) use (&$peers) {
    $r->getConnection()->getPeer($addr, $p);
    $peers[] = [$addr, $p];
    switch ($r->getUri()) {
        case '/hold':
            return;   /* never answered */
        case '/big-header':
            $r->addHeader('X-Big', str_repeat('h', 2000), EventHttpRequest::OUTPUT_HEADER);
            $r->sendReply(200, 'OK', http_test_buf('small'));
            return;
        case '/big-body':
            $r->sendReply(200, 'OK', http_test_buf(str_repeat('b', 5000)));
            return;
    }
    $r->sendReply(200, 'OK', http_test_buf('fine'));
});

$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
echo "getBase: ", var_export($conn->getBase() === $base, true), "\n";
$conn->getPeer($addr, $p);
echo "getPeer: $addr ", var_export($p === $port, true), "\n";

/* setLocalAddress / setLocalPort: the server sees them as the peer. */
$lport = http_test_free_port('127.0.0.2');
$conn->setLocalAddress('127.0.0.2');
$conn->setLocalPort($lport);
$res = http_test_fetch($base, $port, EventHttpRequest::CMD_GET, '/', conn: $conn);
echo "local address/port: {$res['code']} {$peers[0][0]} ", var_export($peers[0][1] === $lport, true), "\n";
try {
    $conn->setLocalPort(1234);
} catch (EventException $e) {
    echo 'setLocalPort after use: ', $e->getMessage(), "\n";
}
try {
    $conn->setLocalAddress('127.0.0.3');
} catch (EventException $e) {
    echo 'setLocalAddress after use: ', $e->getMessage(), "\n";
}

/* setTimeout: a request the server never answers fails after ~1 s. */
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$conn->setTimeout(1);
$t0 = microtime(true);
$res = http_test_fetch($base, $port, EventHttpRequest::CMD_GET, '/hold', seconds: 4.0, conn: $conn);
$dt = microtime(true) - $t0;
echo "setTimeout: called=", var_export($res['called'], true), " code={$res['code']} aborted=", var_export($res['aborted'], true), ' ', ($dt > 0.8 && $dt < 3) ? 'in time' : "after $dt s", "\n";

/* setMaxHeadersSize / setMaxBodySize: a response over the limit fails.
 * libevent had parsed the status line already, so the code is the server's;
 * isAborted() tells the failure. */
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$conn->setMaxHeadersSize(500);
$res = http_test_fetch($base, $port, EventHttpRequest::CMD_GET, '/small', conn: $conn);
echo "headers limit, small reply: {$res['code']} {$res['body']}\n";
$res = http_test_fetch($base, $port, EventHttpRequest::CMD_GET, '/big-header', conn: $conn);
echo "headers limit, big header: aborted=", var_export($res['aborted'], true), "\n";
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$conn->setMaxBodySize(1000);
$res = http_test_fetch($base, $port, EventHttpRequest::CMD_GET, '/small', conn: $conn);
echo "body limit, small reply: {$res['code']} {$res['body']}\n";
$res = http_test_fetch($base, $port, EventHttpRequest::CMD_GET, '/big-body', conn: $conn);
echo "body limit, big body: aborted=", var_export($res['aborted'], true), ' ', strlen($res['body']), "\n";
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$res = http_test_fetch($base, $port, EventHttpRequest::CMD_GET, '/big-body', conn: $conn);
echo "no limit, big body: {$res['code']} aborted=", var_export($res['aborted'], true), ' ', strlen($res['body']), "\n";

/* setRetries: the first connect is refused; the server appears before the
 * retry (libevent waits 2 s before it), so the request succeeds. Without
 * retries it fails at once. */
$late = http_test_free_port();
$conn = new EventHttpConnection($base, null, '127.0.0.1', $late);
$res = http_test_fetch($base, $late, EventHttpRequest::CMD_GET, '/', conn: $conn);
echo "no retries: {$res['code']}\n";
$conn = new EventHttpConnection($base, null, '127.0.0.1', $late);
$conn->setRetries(1);
$late_http = null;
$t = Event::timer($base, function () use ($base, $late, &$late_http) {
    $late_http = new EventHttp($base);
    $late_http->bind('127.0.0.1', $late);
    $late_http->setDefaultCallback(fn($r) => $r->sendReply(200, 'OK', http_test_buf('late server')));
});
$t->addTimer(0.5);
$res = http_test_fetch($base, $late, EventHttpRequest::CMD_GET, '/', seconds: 5.0, conn: $conn);
echo "one retry: {$res['code']} {$res['body']}\n";

echo "-- bad values\n";
/* Taken as PECL event takes them: ports by their low 16 bits, timeouts and retries as ints. */
$fresh = new EventHttpConnection($base, null, '127.0.0.1', 80);
foreach ([fn() => $fresh->setLocalPort(70000), fn() => $conn->setTimeout(-2), fn() => $conn->setRetries(-2),
          fn() => new EventHttpConnection($base, null, '127.0.0.1', 65536), fn() => new EventHttpConnection($base, null, '', 80),
          fn() => new EventHttpConnection($base, 'dns', '127.0.0.1', 80)] as $f) {
    try { $f(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
?>
--EXPECT--
getBase: true
getPeer: 127.0.0.1 true
local address/port: 200 127.0.0.2 true
setLocalPort after use: the local port must be set before the first request
setLocalAddress after use: the local address must be set before the first request
setTimeout: called=true code=0 aborted=true in time
headers limit, small reply: 200 fine
headers limit, big header: aborted=true
body limit, small reply: 200 fine
body limit, big body: aborted=true 0
no limit, big body: 200 aborted=false 5000
no retries: 0
one retry: 200 late server
-- bad values
no error
no error
no error
no error
no error
TypeError: EventHttpConnection::__construct(): Argument #2 ($dns_base) must be of type ?EventDnsBase, string given
