--TEST--
EventHttp::shutdown(): a request in progress gets its reply with Connection: close, then its connection closes; a new connection's first request too; then the callback runs; shutdown() from a handler
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_server.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$held = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$held) {
    if ($req->getUri() === '/slow') {
        $held[] = $req;          // answered later
        return;
    }
    $req->sendReply(200, 'OK', http_test_buf("now {$req->getUri()}"));
});

$idle = srv_connect($port);
echo "idle: ", srv_summary(srv_exchange($base, $idle, srv_get('/first'))), "\n";
$slow = srv_connect($port);
fwrite($slow, srv_get('/slow'));
var_dump(http_test_until($base, function () use (&$held) { return count($held) === 1; }));
$fresh = srv_connect($port);       // connected, nothing sent yet
var_dump(http_test_until($base, fn() => $http->getConnectionCount() === 3));

$done = 0;
$http->shutdown(-1, function () use (&$done) { $done++; });
echo "count: ", $http->getConnectionCount(), "\n";
var_dump(srv_closed($base, $idle));

// Nothing ends while the request is held.
http_test_until($base, fn() => false, 0.1);
echo "held: done $done, aborted ", var_export($held[0]->isAborted(), true), "\n";

// The new connection's first request is served, and closes it.
echo "fresh: ", srv_summary(srv_exchange($base, $fresh, srv_get('/late'), 2.0, 1.0)), "\n";

// The held request's reply says close; the connection closes after it.
$held[0]->sendReply(200, 'OK', http_test_buf('at last'));
echo "slow: ", srv_summary(srv_exchange($base, $slow, '', 2.0, 1.0)), "\n";
var_dump(http_test_until($base, function () use (&$done) { return $done > 0; }));
echo "count: ", $http->getConnectionCount(), ", done $done\n";

echo "from a handler:\n";
[$http, $port] = http_test_server($base);
$done = 0;
$http->setCallback('/quit', function (EventHttpRequest $req) use ($http, &$done) {
    $http->shutdown(-1, function () use (&$done) { $done++; });
    echo "  count in the handler: ", $http->getConnectionCount(), "\n";
    $req->sendReply(200, 'OK', http_test_buf('bye'));
});
$quit = srv_connect($port);
$reply = srv_exchange($base, $quit, srv_get('/quit'), 2.0, 1.0);
echo "  ", srv_summary($reply), "\n";
var_dump(http_test_until($base, function () use (&$done) { return $done > 0; }));
?>
--EXPECT--
idle: HTTP/1.1 200 OK | no Connection | length ok | "now \/first" | open
bool(true)
bool(true)
count: 2
bool(true)
held: done 0, aborted false
fresh: HTTP/1.1 200 OK | Connection: close | length ok | "now \/late" | closed
slow: HTTP/1.1 200 OK | Connection: close | length ok | "at last" | closed
bool(true)
count: 0, done 1
from a handler:
  count in the handler: 1
  HTTP/1.1 200 OK | Connection: close | length ok | "bye" | closed
bool(true)
