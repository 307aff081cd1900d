--TEST--
Regression (bug report): a client request still in flight at script end reads its EventHttpConnection after releasing the last reference to it (use after free)
--DESCRIPTION--
req_release_client() (classes/event_http_request.c:157-158) calls
php_event_http_conn_forget_request(c, r), which OBJ_RELEASEs
r->client_conn; when that was the last reference the connection object is
freed, and the next line reads c->evcon (and may erealloc c->orphans) from
freed memory. valgrind: "Invalid read of size 8 at req_release_client
(event_http_request.c:158) ... 0 bytes inside a block of size 248 free'd
... by req_release_client (event_http_request.c:157)". Seen when a request
is unanswered at shutdown (the server holds it) and the connection object
was created before the request (the order in which shutdown frees the
objects): req_free drops the request's reference to the connection and
then reads the freed object.
Expected: no invalid access: hold the connection object (GC_ADDREF) until
req_release_client() is done with it. The output is right either way:
this test fails only under valgrind (run-tests -m), which reports it.
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$held = [];
$http->setDefaultCallback(function (EventHttpRequest $r) use (&$held) {
    $held[] = $r;   /* never answered */
});
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$req = new EventHttpRequest(function () {});
$req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/held');
/* $conn and $req stay referenced by globals until shutdown. */
http_test_until($base, fn() => count($held) === 1);
echo "held: ", count($held), "\n";
?>
--EXPECT--
held: 1
