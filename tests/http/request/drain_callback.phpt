--TEST--
EventHttpRequest::setDrainCallback(): a producer paced by it (called from the loop with the request and $arg, each time the pending output fell to the watermark, never above it), low watermark 0, a reply never above the watermark, null and a new callback replacing it, $arg released when the reply is over, the request kept alive meanwhile, and argument errors
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

const CHUNK = 128 * 1024;
$base = new EventBase();
[$http, $port] = http_test_server($base);
$log = [];
$weak = null;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$log, &$weak) {
    $uri = $req->getUri();
    parse_str((string)parse_url($uri, PHP_URL_QUERY), $q);
    $low = (int)($q['low'] ?? 0);
    $chunks = (int)($q['chunks'] ?? 0);
    $log[$uri] = ['calls' => 0, 'pending' => [], 'sent' => 0, 'args_ok' => true];
    $l = &$log[$uri];
    if (str_starts_with($uri, '/produce')) {
        /* Fill up above the watermark, then wait for the next call. */
        $produce = function (EventHttpRequest $r) use (&$l, $chunks, $low) {
            while ($l['sent'] < $chunks && $r->getPendingOutput() <= $low) {
                $r->sendReplyChunk(drain_test_chunk(CHUNK));
                $l['sent']++;
            }
            if ($l['sent'] === $chunks) {
                $l['sent']++;
                $r->sendReplyEnd();
            }
        };
        /* The script keeps no reference to $req: the watch does. */
        $weak = WeakReference::create($req);
        $req->sendReplyStart(200, 'OK');
        $req->setDrainCallback(function ($r, $arg) use (&$l, $produce, $uri) {
            $l['calls']++;
            $l['pending'][] = $r->getPendingOutput();
            $l['args_ok'] = $l['args_ok'] && $r instanceof EventHttpRequest && $r->getUri() === $uri
                && $arg instanceof Arg && $arg->name === $uri;
            $produce($r);
        }, $low, new Arg($uri));
        $produce($req);
    } elseif ($uri === '/never-above') {
        $req->setDrainCallback(function () use (&$l) { $l['calls']++; }, 1 << 20, new Arg($uri));
        $req->sendReply(200, 'OK', http_test_buf('small'));
    } elseif ($uri === '/removed') {
        $req->setDrainCallback(function () use (&$l) { $l['calls']++; }, 0, new Arg('first'));
        $req->setDrainCallback(function () use (&$l) { $l['calls'] += 100; }, 0, new Arg('second'));
        echo "replaced: ", implode(',', Arg::$released), "\n";
        $req->setDrainCallback(null);
        echo "removed: ", implode(',', Arg::$released), "\n";
        $req->sendReply(200, 'OK', drain_test_chunk(4 * CHUNK));
    }
});

/* One request read slowly (64 KiB per loop step) to its end. */
function fetch_slowly(EventBase $base, int $port, string $uri): string
{
    $c = drain_test_client($port, "GET $uri HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    $got = '';
    $eof = false;
    http_test_run($base, function () use ($c, &$got, &$eof) {
        $d = @socket_read($c, 65536);
        $eof = $d === '';
        if ($d) $got .= $d;
        return $eof;
    }, 10);
    socket_close($c);
    http_test_run($base, fn() => false, 0.02);
    return $got;
}

foreach (['/produce?low=0&chunks=12', '/produce?low=262144&chunks=24'] as $uri) {
    Arg::$released = [];
    $got = fetch_slowly($base, $port, $uri);
    $l = $log[$uri];
    $low = (int)substr($uri, strpos($uri, 'low=') + 4);
    echo "$uri\n";
    var_dump(str_ends_with($got, "\r\n0\r\n\r\n"));
    var_dump(substr_count($got, str_repeat('c', CHUNK)) === $l['sent'] - 1);  // every chunk arrived
    var_dump($l['calls'] >= 2, $l['args_ok']);
    var_dump(max($l['pending']) <= $low);                // never called above the watermark
    var_dump($low > 0 || array_sum($l['pending']) === 0); // watermark 0: called once all was written
    var_dump(Arg::$released === [$uri]);                 // released once the reply was over
    var_dump($weak->get());                              // and the request with it
}

Arg::$released = [];
fetch_slowly($base, $port, '/never-above');
echo "/never-above: ", $log['/never-above']['calls'], " calls, released ", implode(',', Arg::$released), "\n";

Arg::$released = [];
$got = fetch_slowly($base, $port, '/removed');
echo "/removed: ", $log['/removed']['calls'], " calls, ", strlen($got) > 4 * CHUNK ? "reply complete" : "reply short", "\n";

echo "-- errors\n";
$req = new EventHttpRequest(function () {});
try {
    $req->setDrainCallback(function () {}, -1);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $req->setDrainCallback(function () {});
} catch (EventException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $req->setDrainCallback('no such function');
} catch (TypeError $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
/produce?low=0&chunks=12
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
NULL
/produce?low=262144&chunks=24
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
NULL
/never-above: 0 calls, released /never-above
replaced: first
removed: first,second
/removed: 0 calls, reply complete
-- errors
ValueError: EventHttpRequest::setDrainCallback(): Argument #2 ($lowWatermark) must be greater than or equal to 0
EventException: replies are sent on requests received by an EventHttp
TypeError
