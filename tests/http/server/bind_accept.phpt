--TEST--
EventHttp::bind() on free ports of several addresses, accept() with a listening PHP stream and an ext/sockets Socket
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
$http = new EventHttp($base);
$http->setDefaultCallback(function (EventHttpRequest $req, $arg) {
    $req->sendReply(200, 'OK', http_test_buf("$arg " . $req->getUri()));
}, 'srv');

/* Two ports on 127.0.0.1 and one on 127.0.0.2 (all of 127/8 is loopback). */
$p1 = http_test_free_port();
$p2 = http_test_free_port();
$p3 = http_test_free_port('127.0.0.2');
var_dump($http->bind('127.0.0.1', $p1), $http->bind('127.0.0.1', $p2), $http->bind('127.0.0.2', $p3));

/* A port already taken (by us) cannot be bound again. */
var_dump(@$http->bind('127.0.0.1', $p1));

/* Port 0: the kernel picks one; bind() says yes. */
var_dump($http->bind('127.0.0.1', 0));

/* accept() with a listening PHP stream: the stream stays usable (evhttp has a copy). */
$listen = stream_socket_server('tcp://127.0.0.1:0');
$p4 = (int)substr(strrchr(stream_socket_get_name($listen, false), ':'), 1);
var_dump($http->accept($listen));
var_dump(is_resource($listen));

/* accept() with an ext/sockets Socket. */
$sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($sock, '127.0.0.1', 0);
socket_listen($sock, 16);
socket_getsockname($sock, $a, $p5);
var_dump($http->accept($sock));

foreach ([['127.0.0.1', $p1], ['127.0.0.1', $p2], ['127.0.0.2', $p3], ['127.0.0.1', $p4], ['127.0.0.1', $p5]] as $i => [$host, $port]) {
    $raw = http_test_raw($base, $port, "GET /n$i HTTP/1.1\r\nHost: x\r\n\r\n", 2.0, $host);
    echo $i, ': ', http_test_status($raw), ' ', substr($raw, strpos($raw, "\r\n\r\n") + 4), "\n";
}

/* The script closing its own stream/Socket does not stop the server. */
fclose($listen);
socket_close($sock);
$raw = http_test_raw($base, $p4, "GET /after-close HTTP/1.1\r\nHost: x\r\n\r\n");
echo http_test_status($raw), ' ', substr($raw, strpos($raw, "\r\n\r\n") + 4), "\n";

/* Freeing the server closes its listeners. */
unset($http);
$c = @stream_socket_client("tcp://127.0.0.1:$p1", $errno, $errstr, 1);
var_dump($c === false);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
0: 200 srv /n0
1: 200 srv /n1
2: 200 srv /n2
3: 200 srv /n3
4: 200 srv /n4
200 srv /after-close
bool(true)
