--TEST--
EventHttp::shutdown() and listening sockets: connections already queued are served (not reset); a socket of bind() closes; a socket given to accept() stays open in the script's hands, and another EventHttp can take it over
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_server.inc';

$base = new EventBase();
$handler = function (string $who) {
    return function (EventHttpRequest $req) use ($who) {
        $req->sendReply(200, 'OK', http_test_buf("$who {$req->getUri()}"));
    };
};

echo "bind():\n";
$port = http_test_free_port();
$http = new EventHttp($base);
$http->bind('127.0.0.1', $port);
$http->setDefaultCallback($handler('first'));
// Connected and sent, but not accepted yet: the loop has not run.
$queued = srv_connect($port);
fwrite($queued, srv_get('/queued'));
$http->shutdown();
echo "  count: ", $http->getConnectionCount(), "\n";
echo "  queued: ", srv_summary(srv_exchange($base, $queued, '', 2.0, 1.0)), "\n";
echo "  new connect: ", var_export(@stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1), true), "\n";

echo "accept():\n";
$listen = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($listen, false), ':'), 1);
$http = new EventHttp($base);
$http->accept($listen);
$http->setDefaultCallback($handler('first'));
$queued = srv_connect($port);
fwrite($queued, srv_get('/queued'));
$http->shutdown();
echo "  queued: ", srv_summary(srv_exchange($base, $queued, '', 2.0, 1.0)), "\n";
// The script's socket still listens: a connect is queued, nobody answers.
$waiting = srv_connect($port);
fwrite($waiting, srv_get('/waiting'));
echo "  waiting: ", srv_summary(srv_exchange($base, $waiting, '', 0.2)), "\n";
// Another server takes the socket over and serves it.
$next = new EventHttp($base);
var_dump($next->accept($listen));
$next->setDefaultCallback($handler('next'));
echo "  waiting: ", srv_summary(srv_exchange($base, $waiting, '')), "\n";
echo "  new: ", srv_summary(http_test_raw($base, $port, srv_get('/new'))), "\n";
?>
--EXPECT--
bind():
  count: 1
  queued: HTTP/1.1 200 OK | Connection: close | length ok | "first \/queued" | closed
  new connect: false
accept():
  queued: HTTP/1.1 200 OK | Connection: close | length ok | "first \/queued" | closed
  waiting: nothing
bool(true)
  waiting: HTTP/1.1 200 OK | no Connection | length ok | "next \/waiting" | open
  new: HTTP/1.1 200 OK | no Connection | length ok | "next \/new" | open
