--TEST--
EventHttpRequest::setDrainCallback(): the EventHttp freed inside the drain callback releases it (and the request); a script that ends while a drain callback is set (client still there, reply unfinished) frees everything; a request keeps its callback through gc_collect_cycles()
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
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$calls, &$http, &$weak) {
    $uri = $req->getUri();
    $weak = WeakReference::create($req);
    $req->sendReplyStart(200, 'OK');
    /* The closure refers to the request: a cycle only the watch's own reference keeps. */
    $req->setDrainCallback(function (EventHttpRequest $r) use (&$calls, &$http, $uri, $req) {
        $calls++;
        if ($uri === '/free-http') {
            $http = null;          // the server goes, with its connections
            return;
        }
        $req->sendReplyChunk(drain_test_chunk(64 * 1024));
    }, 0, new Arg($uri));
    $req->sendReplyChunk(drain_test_chunk(256 * 1024));
});

echo "-- gc\n";
$c = drain_test_client($port, "GET /gc HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$weak) { return $weak !== null; });
gc_collect_cycles();
$got = '';
http_test_run($base, function () use ($c, &$got, &$calls) { drain_test_read($c, $got); return $calls >= 3; });
var_dump($calls >= 3, Arg::$released, $weak->get() !== null);
socket_close($c);
http_test_run($base, fn() => Arg::$released !== []);
var_dump(Arg::$released, $weak->get());

echo "-- EventHttp freed in the callback\n";
Arg::$released = [];
$calls = 0;
$c = drain_test_client($port, "GET /free-http HTTP/1.1\r\nHost: x\r\n\r\n");
$got = '';
http_test_run($base, function () use ($c, &$got, &$calls) { drain_test_read($c, $got); return $calls > 0; });
http_test_run($base, fn() => false, 0.05);
var_dump($calls, $http, Arg::$released, $weak->get());
socket_close($c);

echo "-- the script ends while streaming\n";
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$weak) {
    $weak = WeakReference::create($req);
    $req->sendReplyStart(200, 'OK');
    $req->setDrainCallback(function () {}, 0, new Arg('at the end'));
    $req->sendReplyChunk(drain_test_chunk(8 << 20));
});
$weak = null;
$c = drain_test_client($port, "GET /end HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$weak) { return $weak !== null; });
echo "ending\n";
?>
--EXPECT--
-- gc
bool(true)
array(0) {
}
bool(true)
array(1) {
  [0]=>
  string(3) "/gc"
}
NULL
-- EventHttp freed in the callback
int(1)
NULL
array(1) {
  [0]=>
  string(10) "/free-http"
}
NULL
-- the script ends while streaming
ending
