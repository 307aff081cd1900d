--TEST--
EventHttpConnection::setCloseCallback: called once when the server closes the connection itself, and when the EventHttp or the EventBase is freed with connections open
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

function scenario(string $name, callable $afterRequest): void
{
    $base = new EventBase();
    [$http, $port] = http_test_server($base);
    $closed = 0; $held = null; $pending = null;
    $http->setDefaultCallback(function (EventHttpRequest $req) use (&$closed, &$held, &$pending) {
        $req->getConnection()->setCloseCallback(function (EventHttpConnection $c, $arg) use (&$closed, &$pending) {
            $closed++;
            $pending = $c->hasPendingRequests();
            echo "  callback arg: $arg\n";
        }, 'the-arg');
        $held = $req;
    });
    $c = http_test_client($port, "GET /x HTTP/1.1\r\nHost: x\r\n\r\n");
    http_test_run($base, function () use (&$held) { return $held !== null; });
    $afterRequest($base, $http, $held);
    if ($base !== null) {
        @http_test_run($base, function () use (&$closed) { return $closed > 0; }, 1.0);
    }
    $peer = http_test_read($c);
    printf("%s: closed=%d pending=%s aborted=%s peer_eof=%s\n", $name, $closed,
        var_export($pending, true), var_export($held->isAborted(), true),
        var_export(@socket_read($c, 1) === '', true));
    socket_close($c);
}

scenario('closeConnection', function ($base, $http, $req) {
    $req->closeConnection();
    $req->closeConnection(); /* a second time: nothing */
});
scenario('EventHttp freed', function ($base, &$http, $req) {
    $http = null;
});
scenario('EventBase freed', function ($base, $http, $req) {
    $base->free();
});
?>
--EXPECT--
  callback arg: the-arg
closeConnection: closed=1 pending=true aborted=true peer_eof=true
  callback arg: the-arg
EventHttp freed: closed=1 pending=true aborted=true peer_eof=true
  callback arg: the-arg
EventBase freed: closed=1 pending=true aborted=true peer_eof=true
