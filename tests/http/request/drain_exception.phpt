--TEST--
EventHttpRequest::setDrainCallback(): an exception in the callback stops the loop and reaches loop()'s caller, as from a request handler; the watch stays (what the callback sent before throwing drains and calls it again once the loop runs again); the callback may free the request, or close the connection
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_drain.inc';

class Arg
{
    public function __construct(public string $name) {}
    public static array $released = [];
    public function __destruct() { self::$released[] = $this->name; }
}

$base = new EventBase();
[$http, $port] = http_test_server($base);
$calls = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$calls) {
    $uri = $req->getUri();
    $req->sendReplyStart(200, 'OK');
    $req->setDrainCallback(function (EventHttpRequest $r) use (&$calls, $uri) {
        $calls++;
        if ($uri === '/throw') {
            if ($calls === 1) {
                $r->sendReplyChunk(drain_test_chunk(1024));
                throw new RuntimeException('from the drain callback');
            }
            $r->sendReplyEnd();
        } elseif ($uri === '/free') {
            $r->free();
        } elseif ($uri === '/close') {
            $r->closeConnection();
        }
    }, 0, new Arg($uri));
    $req->sendReplyChunk(drain_test_chunk(256 * 1024));
});

echo "-- throw\n";
$c = drain_test_client($port, "GET /throw HTTP/1.1\r\nHost: x\r\n\r\n");
$got = '';
try {
    http_test_run($base, function () use ($c, &$got) { drain_test_read($c, $got); return false; }, 3);
    echo "no exception\n";
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    unset($e);  /* its trace holds the callback's arguments */
}
http_test_run($base, function () use ($c, &$got) {
    drain_test_read($c, $got);
    return str_ends_with($got, "\r\n0\r\n\r\n");
});
echo "calls: $calls, reply ", str_ends_with($got, "\r\n0\r\n\r\n") ? "complete" : "incomplete", "\n";
http_test_run($base, fn() => false, 0.05);
echo "released: ", implode(',', Arg::$released), "\n";
socket_close($c);

foreach (['/free', '/close'] as $uri) {
    echo "-- $uri\n";
    $calls = 0;
    $c = drain_test_client($port, "GET $uri HTTP/1.1\r\nHost: x\r\n\r\n");
    $got = '';
    http_test_run($base, function () use ($c, &$got, $uri) {
        drain_test_read($c, $got);
        return in_array($uri, Arg::$released, true);
    });
    http_test_run($base, fn() => false, 0.05);
    echo "calls: $calls, released: ", implode(',', Arg::$released), "\n";
    if ($uri === '/close') {
        /* The server closed: the client reads the end of the stream. */
        $eof = false;
        http_test_run($base, function () use ($c, &$eof) { $eof = @socket_read($c, 65536) === ''; return $eof; });
        var_dump($eof);
    }
    socket_close($c);
}
?>
--EXPECTF--
-- throw

Warning: EventBase::loop(): Breaking the loop due to exception RuntimeException in %s on line %d
RuntimeException: from the drain callback
calls: 2, reply complete
released: /throw
-- /free
calls: 1, released: /throw,/free
-- /close
calls: 1, released: /throw,/free,/close
bool(true)
