--TEST--
EventHttpConnection::setCloseCallback: the seed's workaround (enable(Event::READ) then free() on the request's buffer event) still works, and a client that pipelines a request meanwhile cannot bring the process down
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$closed = 0; $held = []; $uris = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$closed, &$held, &$uris) {
    $uris[] = $req->getUri();
    $conn = $req->getConnection();
    $conn->setCloseCallback(function () use (&$closed) { $closed++; });
    $bev = $req->getBufferEvent();
    $bev->enable(Event::READ);
    $bev->free();
    $held[] = $req;
});

/* Two pipelined requests: the second arrives while the first is held. */
$c = http_test_client($port, "GET /one HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$held) { return count($held) === 1; });
socket_write($c, "GET /two HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, fn() => false, 0.1);
echo "held while pipelined: ", count($held), "\n";

/* Answer the first; the second is then read and handed to the script. */
$b = new EventBuffer(); $b->add('first');
array_shift($held)->sendReply(200, 'OK', $b);
http_test_run($base, function () use (&$held) { return count($held) === 1; });
echo "uris: ", implode(' ', $uris), "\n";
$b = new EventBuffer(); $b->add('second');
$held[0]->sendReply(200, 'OK', $b);
http_test_run($base, fn() => false, 0.1);
$got = http_test_read($c);
echo "bodies: ", preg_match_all('/\r\n\r\n(first|second)/', $got, $m), " ", implode(',', $m[1]), "\n";

http_test_close($c, 'fin');
http_test_run($base, function () use (&$closed) { return $closed > 0; });
http_test_run($base, fn() => false, 0.05);
echo "closed: $closed, close_wait: ", http_test_sockets($port), "\n";
?>
--EXPECT--
held while pipelined: 1
uris: /one /two
bodies: 2 first,second
closed: 1, close_wait: 0
