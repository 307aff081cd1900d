--TEST--
EventHttpRequest::getConnectionStatus(): STATUS_TIMEOUT when the reply cannot be written within EventHttp::setTimeout; a held request is not timed out while its client stays quiet
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setTimeout(1);
$reqs = []; $closed = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$reqs, &$closed) {
    $uri = $req->getUri();
    $req->getConnection()->setCloseCallback(function () use (&$closed, $uri) { $closed[$uri] = true; });
    $reqs[$uri] = $req;
    if ($uri === '/big') {
        /* More than the socket buffers take, to a client that never reads. */
        $req->sendReplyStart(200, 'OK');
        $b = new EventBuffer();
        $b->add(str_repeat('x', 32 << 20));
        $req->sendReplyChunk($b);
    }
});
$quiet = http_test_client($port, "GET /quiet HTTP/1.1\r\nHost: x\r\n\r\n");
$stuck = http_test_client($port, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
socket_set_option($stuck, SOL_SOCKET, SO_RCVBUF, 4096);

http_test_run($base, function () use (&$closed) { return isset($closed['/big']); }, 6.0);
echo "big: closed=", var_export(isset($closed['/big']), true),
     " status=", $reqs['/big']->getConnectionStatus() === EventHttpRequest::STATUS_TIMEOUT ? 'TIMEOUT' : $reqs['/big']->getConnectionStatus(), "\n";
echo "quiet: closed=", var_export(isset($closed['/quiet']), true),
     " status=", $reqs['/quiet']->getConnectionStatus(), "\n";
$b = new EventBuffer(); $b->add('late but fine');
$reqs['/quiet']->sendReply(200, 'OK', $b);
http_test_run($base, fn() => false, 0.2);
echo "quiet got reply: ", var_export(str_contains(http_test_read($quiet), 'late but fine'), true), "\n";
?>
--EXPECT--
big: closed=true status=TIMEOUT
quiet: closed=false status=0
quiet got reply: true
