--TEST--
EventHttpRequest::getPendingOutput(): 0 before a reply, the whole reply right after sendReply() in the handler, a part while the client reads nothing, 0 once it read everything, 0 after the client left; a later pipelined reply counts only its own bytes
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_drain.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$big = str_repeat('b', 8 << 20);  /* more than the kernel's send buffer takes */
$reqs = [];
$seen = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use ($big, &$reqs, &$seen) {
    $uri = $req->getUri();
    $reqs[$uri] = $req;
    $seen[$uri]['before'] = $req->getPendingOutput();
    if ($uri === '/small') {
        return;  // answered later, behind /big
    }
    $req->sendReply(200, 'OK', http_test_buf($big));
    /* Nothing is written before the handler returns: all of it is pending. */
    $seen[$uri]['after'] = $req->getPendingOutput();
});

echo "-- a large reply the client does not read, then reads\n";
$c = drain_test_client($port, "GET /big HTTP/1.1\r\nHost: x\r\n\r\nGET /small HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$reqs) { return count($reqs) === 2; });
var_dump($seen['/big']['before'], $seen['/small']['before']);
$whole = $seen['/big']['after'];
var_dump($whole > strlen($big));
http_test_run($base, fn() => false, 0.1);
$part = $reqs['/big']->getPendingOutput();
var_dump($part > 0 && $part < $whole);     // the socket took some, the rest waits
$reqs['/small']->sendReply(200, 'OK', http_test_buf('small one'));
$small = $reqs['/small']->getPendingOutput();
var_dump($small > strlen('small one'));    // its own reply only, waiting behind /big
var_dump($reqs['/big']->getPendingOutput() <= $part);   // the socket may have taken more meanwhile
$got = '';
http_test_run($base, function () use ($c, &$got, $whole, $small) {
    drain_test_read($c, $got);
    return strlen($got) >= $whole + $small;
}, 20);  /* 8 MiB: seconds under a sanitizer on a loaded machine */
var_dump(strlen($got) === $whole + $small); // what was pending is what the client got
var_dump($reqs['/big']->getPendingOutput(), $reqs['/small']->getPendingOutput());

echo "-- the client leaves while the reply is pending\n";
$reqs = [];
$c2 = drain_test_client($port, "GET /gone HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$reqs) { return isset($reqs['/gone']); });
http_test_run($base, fn() => false, 0.05);
var_dump($reqs['/gone']->getPendingOutput() > 0);
http_test_close($c2, 'rst');
http_test_run($base, function () use (&$reqs) { return $reqs['/gone']->getPendingOutput() === 0; });
var_dump($reqs['/gone']->getPendingOutput());

echo "-- misuse\n";
try {
    (new EventHttpRequest(function () {}))->getPendingOutput();
} catch (EventException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$r = $reqs['/gone'];
$r->free();
try {
    $r->getPendingOutput();
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
socket_close($c);
?>
--EXPECT--
-- a large reply the client does not read, then reads
int(0)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
int(0)
-- the client leaves while the reply is pending
bool(true)
int(0)
-- misuse
EventException: replies are sent on requests received by an EventHttp
EventException
