--TEST--
EventHttp::shutdown() over TLS: an idle HTTPS keep-alive connection closes at once, a held request is answered with Connection: close and then closed, then the callback runs
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
require __DIR__ . '/../../http_server.inc';
$certs = ssl_test_certs();

$base = new EventBase();
$ctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $certs['cert'],
    EventSslContext::OPT_LOCAL_PK => $certs['key'],
]);
$listen = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($listen, false), ':'), 1);
$http = new EventHttp($base, $ctx);
var_dump($http->accept($listen));
fclose($listen);

$held = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$held) {
    if ($req->getUri() === '/slow') {
        $held[] = $req;
        return;
    }
    $req->sendReply(200, 'OK', http_test_buf("now {$req->getUri()}"));
});

/* A non-blocking TLS client whose handshake runs while the loop does. */
function tls_connect(EventBase $base, int $port, string $ca)
{
    $ctx = stream_context_create(['ssl' => ['cafile' => $ca, 'peer_name' => '127.0.0.1']]);
    $s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2, STREAM_CLIENT_CONNECT, $ctx);
    stream_set_blocking($s, false);
    $ok = false; /* enabling it again once it is on would fail */
    http_test_until($base, function () use ($s, &$ok) {
        return $ok = $ok || @stream_socket_enable_crypto($s, true, STREAM_CRYPTO_METHOD_TLS_CLIENT) === true;
    }, 3.0);
    if (!$ok) {
        throw new RuntimeException('TLS handshake did not finish');
    }
    return $s;
}

$idle = tls_connect($base, $port, $certs['ca']);
echo "idle: ", srv_summary(srv_exchange($base, $idle, srv_get('/first'))), "\n";
$slow = tls_connect($base, $port, $certs['ca']);
fwrite($slow, srv_get('/slow'));
var_dump(http_test_until($base, function () use (&$held) { return count($held) === 1; }));
echo "count: ", $http->getConnectionCount(), "\n";

$done = 0;
$http->shutdown(-1, function () use (&$done) { $done++; });
var_dump(srv_closed($base, $idle));
http_test_until($base, fn() => false, 0.1);
echo "held: done $done, aborted ", var_export($held[0]->isAborted(), true), "\n";

$held[0]->sendReply(200, 'OK', http_test_buf('at last'));
echo "slow: ", srv_summary(srv_exchange($base, $slow, '', 2.0, 1.0)), "\n";
var_dump(http_test_until($base, function () use (&$done) { return $done > 0; }));
echo "count: ", $http->getConnectionCount(), ", done $done\n";
$refused = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
echo "new connection: ", $refused ? 'accepted' : 'refused', "\n";
?>
--EXPECT--
bool(true)
idle: HTTP/1.1 200 OK | no Connection | length ok | "now \/first" | open
bool(true)
count: 2
bool(true)
held: done 0, aborted false
slow: HTTP/1.1 200 OK | Connection: close | length ok | "at last" | closed
bool(true)
count: 0, done 1
new connection: refused
