--TEST--
GC: EventHttp cycles through its handlers' closures and $arg are collected, and the port is closed
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';
$base = new EventBase();

function server(EventBase $base): array {
	[$http, $port] = http_test_server($base);
	// a path handler whose closure captures the EventHttp
	$http->setCallback('/a', function (EventHttpRequest $req) use ($http) {
		$req->sendReply(200, 'OK');
	});
	// a default handler whose $arg is the EventHttp
	$http->setDefaultCallback(function (EventHttpRequest $req, $arg) {
		$req->sendReply($arg instanceof EventHttp ? 204 : 500, 'Default');
	}, $http);
	return [WeakReference::create($http), $port];
}

[$ref, $port] = server($base);
var_dump($ref->get() instanceof EventHttp);
// it serves
foreach (['/a', '/other'] as $path) {
	$c = http_test_client($port, "GET $path HTTP/1.0\r\n\r\n");
	$reply = '';
	http_test_run($base, function () use ($c, &$reply) {
		$reply .= http_test_read($c);
		return str_contains($reply, "\r\n\r\n");
	});
	echo strtok($reply, "\r\n"), "\n";
	socket_close($c);
}
var_dump(gc_collect_cycles() >= 1);
var_dump($ref->get());
// the collected server no longer listens
$c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
var_dump($c);
?>
--EXPECT--
bool(true)
HTTP/1.0 200 OK
HTTP/1.0 204 Default
bool(true)
NULL
bool(false)
