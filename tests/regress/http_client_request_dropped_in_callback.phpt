--TEST--
Regression (bug report): a client EventHttpRequest whose only reference is the in-flight one is freed inside its response callback, while libevent still uses it (use after free)
--DESCRIPTION--
The usual client code creates the request, sends it and drops it:
    $conn->makeRequest(new EventHttpRequest($cb), EventHttpRequest::CMD_GET, '/');
client_req_cb() (classes/event_http_request.c) ends with
OBJ_RELEASE(&r->std), the in-flight reference. When it was the last one,
req_free() -> req_release_client() calls evhttp_request_free() on the
owned request right there, inside libevent's evhttp_connection_done(),
which reads req->flags after the callback returns
(evhttp_request_free_auto) -> valgrind: "Invalid read of size 1 ... 24 bytes
inside a block of size 216 free'd" at req_release_client
(event_http_request.c:165) from client_req_cb (:335). With glibc's
MALLOC_PERTURB_ the freed flags lose EVHTTP_USER_OWNED and libevent frees
the request a second time: "free(): double free detected", SIGABRT.
Expected: the request object may die in its callback; the evhttp_request
must be freed only after libevent is done with it (e.g. release the
in-flight reference from a deferred/zero-timeout event, or clear the owned
flag and let libevent free it). valgrind reports the same in httpx_client_cmds,
httpx_volume_keepalive, httpx_volume_concurrent and httpx_release.
--ENV--
MALLOC_PERTURB_=1
USE_ZEND_ALLOC=0
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function (EventHttpRequest $r) {
    $r->sendReply(200, 'OK', http_test_buf('ok'));
});
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$n = 0;
for ($i = 0; $i < 20; $i++) {
    $req = new EventHttpRequest(function (EventHttpRequest $r) use (&$n) { $n++; });
    $req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
    $conn->makeRequest($req, EventHttpRequest::CMD_GET, "/$i");
}
unset($req);   /* each request is now kept only by being in flight */
http_test_until($base, fn() => $n === 20);
echo "answered: $n\n";
?>
--EXPECT--
answered: 20
