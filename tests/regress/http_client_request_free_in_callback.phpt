--TEST--
Regression (API fuzzer): EventHttpRequest::free() inside the request's own response callback (libevent read and freed it again after the callback: double free)
--EXTENSIONS--
sockets
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
/* Found by tests/fuzz/api_fuzz.php (seed 900270, --steps 150). The
 * environment makes freed memory garbage at once; valgrind and the sanitizer
 * run report the old use after free even where the plain run survives it. */
require __DIR__ . '/../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function (EventHttpRequest $req) {
    $b = new EventBuffer();
    $b->add('hi');
    $req->sendReply(200, 'OK', $b);
});
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$done = 0;
foreach ([1, 2] as $i) {
    $req = new EventHttpRequest(function (EventHttpRequest $r) use (&$done) {
        echo "code ", $r->getResponseCode(), "\n";
        $r->free();
        try {
            $r->getResponseCode();
        } catch (EventException $e) {
            echo "after free(): EventException\n";
        }
        $done++;
    });
    $req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
    $conn->makeRequest($req, EventHttpRequest::CMD_GET, "/$i");
    unset($req);
    http_test_run($base, function () use (&$done, $i) { return $done >= $i; });
}
http_test_run($base, fn() => false, 0.1);
echo "done $done\n";
?>
--EXPECT--
code 200
after free(): EventException
code 200
after free(): EventException
done 2
