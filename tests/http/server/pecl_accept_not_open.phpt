--TEST--
EventHttp::accept() as PECL event: a number not open warns twice and returns true, a closed or failed Socket is false, a closed stream throws
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
// libevent's epoll warning comes from accept() itself.
$base = new EventBase();
$http = new EventHttp($base);
// A number far above what this process has open.
var_dump($http->accept(9999));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($s);
var_dump($http->accept($s));
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_connect($u, '127.0.0.1', http_test_free_port()); // refused: the Socket keeps its error
var_dump($http->accept($u));
$f = fopen(__FILE__, 'r');
fclose($f);
try { $http->accept($f); echo "no exception\n"; }
catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
// The listener of 9999 watches nothing: the loop ends at once.
var_dump($base->loop(EventBase::LOOP_NONBLOCK));
// A server still works beside it.
$l = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($l, false), ':'), 1);
var_dump($http->accept($l));
$http->setDefaultCallback(function ($req) { $req->sendReply(200, 'OK'); });
echo strtok(http_test_raw($base, $port, "GET / HTTP/1.0\r\n\r\n"), "\r\n"), "\n";
?>
--EXPECTF--
Warning: EventHttp::accept(): fcntl(9999, F_GETFL): Bad file descriptor in %s on line %d

Warning: EventHttp::accept(): Epoll ADD(1) on fd 9999 failed. %s: Bad file descriptor in %s on line %d
bool(true)
bool(false)
bool(false)
Exception: valid PHP stream resource expected
bool(true)
bool(true)
HTTP/1.0 200 OK
