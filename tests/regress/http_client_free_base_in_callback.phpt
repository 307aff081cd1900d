--TEST--
Regression (API fuzzer): EventBase::free() inside a client request's response callback (freeing the base released the request object while its callback ran: use after free)
--EXTENSIONS--
sockets
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
/* Found by tests/fuzz/api_fuzz.php (seeds 1000011 and 1000451, --steps 150).
 * The environment makes freed memory garbage at once; valgrind and the
 * sanitizer run report the use after free even where the plain run survives
 * it. */
require __DIR__ . '/../http_helpers.inc';

foreach (['kept' => true, 'dropped' => false] as $case => $keep) {
    $base = new EventBase();
    [$http, $port] = http_test_server($base);
    $http->setDefaultCallback(function (EventHttpRequest $req) {
        $req->sendReply(200, 'OK', http_test_buf('hi'));
    });
    $conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
    $called = 0;
    $req = new EventHttpRequest(function (EventHttpRequest $r) use ($base, &$called) {
        $called++;
        echo "code ", $r->getResponseCode(), "\n";
        $base->free();
        echo "after free: ", $r->getResponseCode(), "\n";
    });
    $req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
    $conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
    if (!$keep) {
        unset($req);
    }
    /* The loop ends when the base is freed. */
    $base->dispatch();
    echo "$case: called $called\n";
    unset($req, $conn, $http, $base);
}
?>
--EXPECT--
code 200
after free: 200
kept: called 1
code 200
after free: 200
dropped: called 1
