--TEST--
EventHttp and EventHttpConnection with an EventSslContext: an HTTPS server and client in one loop; a held HTTPS request notices its client leaving
--EXTENSIONS--
sockets
--SKIPIF--
<?php
require __DIR__ . '/../../ssl_certs.inc';
if ($r = ssl_test_skip_reason()) die("skip $r");
?>
--FILE--
<?php
require __DIR__ . '/../../ssl_certs.inc';
require __DIR__ . '/../../http_helpers.inc';
$certs = ssl_test_certs();

$base = new EventBase();
$srvCtx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $certs['cert'],
    EventSslContext::OPT_LOCAL_PK => $certs['key'],
]);
$listen = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($listen, false), ':'), 1);
$http = new EventHttp($base, $srvCtx);
var_dump($http->accept($listen));
fclose($listen);

$closed = 0; $held = null;
$http->setCallback('/hello', function (EventHttpRequest $req, $arg) {
    $b = new EventBuffer();
    $b->add("hello over TLS, $arg, " . $req->getInputBuffer()->length . " bytes in");
    $req->sendReply(200, 'OK', $b);
}, 'arg-passed');
$http->setCallback('/hold', function (EventHttpRequest $req) use (&$held, &$closed) {
    $req->getConnection()->setCloseCallback(function () use (&$closed) { $closed++; });
    $held = $req;
});

$cliCtx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [
    EventSslContext::OPT_CA_FILE => $certs['ca'],
    EventSslContext::OPT_VERIFY_PEER => true,
]);
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port, $cliCtx);
$got = null;
$req = new EventHttpRequest(function (EventHttpRequest $r, $data) use (&$got) {
    $got = [$r->getResponseCode(), $r->getInputBuffer()->read(1000), $data];
}, 'data-passed');
$req->addHeader('Host', '127.0.0.1', EventHttpRequest::OUTPUT_HEADER);
$req->getOutputBuffer()->add(str_repeat('p', 5000));
var_dump($conn->makeRequest($req, EventHttpRequest::CMD_POST, '/hello'));
http_test_run($base, function () use (&$got) { return $got !== null; }, 5);
var_dump($got);

/* A raw TLS client that sends a request to /hold and then vanishes. */
$ctx = stream_context_create(['ssl' => ['cafile' => $certs['ca'], 'peer_name' => '127.0.0.1']]);
$c = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5, STREAM_CLIENT_CONNECT, $ctx);
stream_set_blocking($c, false);
$hs = false;
http_test_run($base, function () use ($c, &$hs) {
    $hs = @stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_CLIENT);
    return $hs === true;
}, 5);
fwrite($c, "GET /hold HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$held) { return $held !== null; }, 5);
fclose($c);
http_test_run($base, function () use (&$closed) { return $closed > 0; }, 5);
echo "closed=$closed aborted=", var_export($held->isAborted(), true), " close_wait=", http_test_sockets($port), "\n";
?>
--EXPECT--
bool(true)
bool(true)
array(3) {
  [0]=>
  int(200)
  [1]=>
  string(41) "hello over TLS, arg-passed, 5000 bytes in"
  [2]=>
  string(11) "data-passed"
}
closed=1 aborted=true close_wait=0
