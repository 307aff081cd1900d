--TEST--
EventHttp::setMaxConnections(): a connection over the limit gets 503 with Connection: close and never reaches a handler; once one closes, the next is served; getConnectionCount() follows
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_server.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$handled = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$handled) {
    $handled++;
    $req->sendReply(200, 'OK', http_test_buf("served {$req->getUri()}"));
});
$count = fn() => $http->getConnectionCount();
$countIs = fn(int $n) => http_test_until($base, fn() => $count() === $n, 2.0);

echo "no connection: ", $count(), "\n";
try {
    $http->setMaxConnections(-1);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$http->setMaxConnections(2);

// Two keep-alive connections: both served, both counted.
$a = srv_connect($port);
echo "a: ", srv_summary(srv_exchange($base, $a, srv_get('/a'))), "\n";
echo "count: ", $count(), "\n";
$b = srv_connect($port);
var_dump($countIs(2));   // counted once accepted, before any request
echo "b: ", srv_summary(srv_exchange($base, $b, srv_get('/b'))), "\n";

// The third: 503 at once, closed, the handler not called, not counted.
$c = srv_connect($port);
echo "c: ", srv_summary(srv_exchange($base, $c, srv_get('/c'), 2.0, 1.0)), "\n";
$raw = http_test_raw($base, $port, '', 2.0);   // refused before it sent anything
echo "silent: ", srv_summary($raw), "\n";
echo "handled: $handled, count: ", $count(), "\n";
fclose($c);

// One closes: the next connection is served.
fclose($a);
var_dump($countIs(1));
$d = srv_connect($port);
echo "d: ", srv_summary(srv_exchange($base, $d, srv_get('/d'))), "\n";
echo "handled: $handled, count: ", $count(), "\n";

// A lower limit keeps the open connections; 0 lifts it.
$http->setMaxConnections(1);
echo "e: ", srv_summary(http_test_raw($base, $port, srv_get('/e'))), "\n";
echo "count: ", $count(), "\n";
$http->setMaxConnections(0);
$f = srv_connect($port);
echo "f: ", srv_summary(srv_exchange($base, $f, srv_get('/f'))), "\n";
echo "handled: $handled, count: ", $count(), "\n";

// Keep-alive connections still served on the same connection afterwards.
echo "b again: ", srv_summary(srv_exchange($base, $b, srv_get('/b2'))), "\n";

fclose($b);
fclose($d);
fclose($f);
var_dump($countIs(0));
?>
--EXPECT--
no connection: 0
ValueError: EventHttp::setMaxConnections(): Argument #1 ($max) must be greater than or equal to 0
a: HTTP/1.1 200 OK | no Connection | length ok | "served \/a" | open
count: 1
bool(true)
b: HTTP/1.1 200 OK | no Connection | length ok | "served \/b" | open
c: HTTP/1.1 503 Service Unavailable | Connection: close | length ok | error page | closed
silent: HTTP/1.1 503 Service Unavailable | Connection: close | length ok | error page | closed
handled: 2, count: 2
bool(true)
d: HTTP/1.1 200 OK | no Connection | length ok | "served \/d" | open
handled: 3, count: 2
e: HTTP/1.1 503 Service Unavailable | Connection: close | length ok | error page | closed
count: 2
f: HTTP/1.1 200 OK | no Connection | length ok | "served \/f" | open
handled: 4, count: 3
b again: HTTP/1.1 200 OK | no Connection | length ok | "served \/b2" | open
bool(true)
