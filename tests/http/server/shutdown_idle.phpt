--TEST--
EventHttp::shutdown(): idle keep-alive connections close at once, a new connect is refused, the callback runs once from the loop with ($http, $arg)
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_server.inc';

$base = new EventBase();
$port = http_test_free_port();
$http = new EventHttp($base);
var_dump($http->bind('127.0.0.1', $port));
$http->setDefaultCallback(function (EventHttpRequest $req) {
    $req->sendReply(200, 'OK', http_test_buf('hi'));
});

$a = srv_connect($port);
$b = srv_connect($port);
echo "a: ", srv_summary(srv_exchange($base, $a, srv_get('/a'))), "\n";
echo "b: ", srv_summary(srv_exchange($base, $b, srv_get('/b'))), "\n";
echo "count: ", $http->getConnectionCount(), "\n";

$calls = [];
$http->shutdown(-1, function ($h, $arg) use (&$calls) {
    $calls[] = [$h, $arg];
}, 'the arg');
echo "after shutdown(): count ", $http->getConnectionCount(), ", callback ", count($calls), "\n";
var_dump(srv_closed($base, $a), srv_closed($base, $b));

var_dump(http_test_until($base, function () use (&$calls) { return count($calls) > 0; }, 2.0));
var_dump($calls[0][0] === $http, $calls[0][1]);

// The listening socket is closed: a new connect is refused.
var_dump(@stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1));
var_dump($http->bind('127.0.0.1', $port));

// Once only, however long the loop runs.
http_test_until($base, fn() => false, 0.1);
echo "callback ", count($calls), "\n";

// No connection at all: the callback runs on the loop's next step, not in shutdown().
$idle = new EventHttp($base);
$ran = 0;
$idle->shutdown(-1, function () use (&$ran) { $ran++; });
echo "no connections: ", $ran, " before the loop, ";
$base->loop(EventBase::LOOP_NONBLOCK);
echo $ran, " after\n";
?>
--EXPECTF--
bool(true)
a: HTTP/1.1 200 OK | no Connection | length ok | "hi" | open
b: HTTP/1.1 200 OK | no Connection | length ok | "hi" | open
count: 2
after shutdown(): count 0, callback 0
bool(true)
bool(true)
bool(true)
bool(true)
string(7) "the arg"
bool(false)

Warning: EventHttp::bind(): The server was shut down in %s on line %d
bool(false)
callback 1
no connections: 0 before the loop, 1 after
