--TEST--
EventHttpRequest::setDrainCallback(): when the client leaves (FIN or RST) mid-stream, the callback is not called, it and $arg are released, the request is freed once the script lets go of it, and getPendingOutput() is 0; a callback set after the client left is not kept
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_drain.inc';

class Arg
{
    public static array $released = [];
    public function __construct(public string $name) {}
    public function __destruct() { self::$released[] = $this->name; }
}

$base = new EventBase();
[$http, $port] = http_test_server($base);
$calls = 0;
$weak = null;
$handled = false;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$calls, &$weak, &$handled) {
    $handled = true;
    $weak = WeakReference::create($req);
    $req->sendReplyStart(200, 'OK');
    $req->setDrainCallback(function () use (&$calls) { $calls++; }, 0, new Arg($req->getUri()));
    /* More than the kernel's buffers take: the rest stays pending. */
    $req->sendReplyChunk(drain_test_chunk(8 << 20));
});

foreach (['fin', 'rst'] as $how) {
    echo "-- $how\n";
    Arg::$released = [];
    $calls = 0;
    $handled = false;
    $c = drain_test_client($port, "GET /$how HTTP/1.1\r\nHost: x\r\n\r\n");
    http_test_run($base, function () use (&$handled) { return $handled; });
    http_test_run($base, fn() => false, 0.05);
    $req = $weak->get();
    var_dump($req->getPendingOutput() > 0);
    http_test_close($c, $how);
    http_test_run($base, fn() => Arg::$released !== []);
    echo "calls: $calls, released: ", implode(',', Arg::$released), "\n";
    var_dump($req->getPendingOutput(), $req->isAborted());
    /* A callback set now has nothing to wait for: not kept. */
    $req->setDrainCallback(function () {}, 0, new Arg('late'));
    echo "released: ", implode(',', Arg::$released), "\n";
    unset($req);
    var_dump($weak->get());
}
?>
--EXPECT--
-- fin
bool(true)
calls: 0, released: /fin
int(0)
bool(true)
released: /fin,late
NULL
-- rst
bool(true)
calls: 0, released: /rst
int(0)
bool(true)
released: /rst,late
NULL
