--TEST--
EventHttp: a handler that frees the EventBase, drops the last reference to its EventHttp (with requests pipelined behind, held requests on other connections, a reply given first), and a close callback that frees the base: no use after free, objects stay usable as documented
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

function scenario(string $name, callable $inHandler): void
{
    $base = new EventBase();
    [$http, $port] = http_test_server($base);
    $box = ['http' => $http, 'base' => $base, 'held' => null, 'closed' => 0];
    unset($http);
    $box['http']->setCallback('/hold', function (EventHttpRequest $req) use (&$box) {
        $box['held'] = $req;
        $req->getConnection()->setCloseCallback(function () use (&$box) { $box['closed']++; });
    });
    $box['http']->setDefaultCallback(function (EventHttpRequest $req) use (&$box, $inHandler) {
        $inHandler($box, $req);
    });
    $held = http_test_client($port, "GET /hold HTTP/1.1\r\nHost: h\r\n\r\n");
    http_test_run($base, function () use (&$box) { return $box['held'] !== null; });
    $c = http_test_client($port, "GET /x HTTP/1.1\r\nHost: h\r\n\r\nGET /y HTTP/1.1\r\nHost: h\r\n\r\n");
    for ($i = 0; $i < 100 && $box['base'] !== null && isset($box['http']); $i++) {
        try { $base->loop(EventBase::LOOP_ONCE | EventBase::LOOP_NONBLOCK); } catch (Throwable $e) { echo get_class($e), "\n"; break; }
        usleep(2000);
    }
    usleep(20000);
    $got = http_test_read($c);
    printf("%s: replies=%d held aborted=%s closed=%d uri=%s\n", $name, substr_count($got, 'HTTP/1.1 200'),
        var_export($box['held']->isAborted(), true), $box['closed'], $box['held']->getUri());
    /* Replies to the aborted request go nowhere, quietly. */
    $box['held']->sendReply(200, 'OK');
    socket_close($c);
    socket_close($held);
}

scenario('base freed in handler', function (&$box, $req) {
    $box['base']->free();
    $box['base'] = null;
});
scenario('EventHttp dropped in handler', function (&$box, $req) {
    unset($box['http']);
});
/* Freeing the server closes its connections at once: a reply still in
 * the output (it goes to the socket when the handler returns) is dropped,
 * as when PECL's evhttp_free() runs inside a handler. */
scenario('reply, then EventHttp dropped', function (&$box, $req) {
    $req->sendReply(200, 'OK', http_test_buf('x'));
    unset($box['http']);
});
scenario('reply, closeConnection, base freed', function (&$box, $req) {
    $req->sendReply(200, 'OK', http_test_buf('x'));
    $req->closeConnection();
    $box['base']->free();
    $box['base'] = null;
});
echo "done\n";
?>
--EXPECT--
base freed in handler: replies=0 held aborted=true closed=1 uri=/hold
EventHttp dropped in handler: replies=0 held aborted=true closed=1 uri=/hold
reply, then EventHttp dropped: replies=0 held aborted=true closed=1 uri=/hold
reply, closeConnection, base freed: replies=0 held aborted=true closed=1 uri=/hold
done
