--TEST--
GC: EventHttpConnection cycles through its close callback are collected: client side while idle, server side after the connection closed
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
$serverConns = [];
$serverClosed = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$serverConns, &$serverClosed) {
	$conn = $req->getConnection();
	// the close callback captures the server-side connection, $data is the connection
	$conn->setCloseCallback(function ($c, $data) use ($conn, &$serverClosed) {
		$serverClosed++;
	}, $conn);
	$serverConns[] = WeakReference::create($conn);
	$req->sendReply(200, 'OK');
});

// client side, never used: the close callback captures the connection
function idle_client(EventBase $base, int $port): WeakReference {
	$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
	$conn->setCloseCallback(function () use (&$conn) {}, null);
	return WeakReference::create($conn);
}
// client side, idle after a request was answered on it (kept alive)
function used_client(EventBase $base, int $port, ?int &$code): WeakReference {
	$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
	$conn->setCloseCallback(function ($c, $data) {}, $conn);
	$req = new EventHttpRequest(function (?EventHttpRequest $r) use (&$code) {
		$code = $r ? $r->getResponseCode() : -1;
	});
	$req->addHeader('Host', '127.0.0.1', EventHttpRequest::OUTPUT_HEADER);
	$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/x');
	http_test_run($base, function () use (&$code) { return $code !== null; });
	return WeakReference::create($conn);
}

$idle = idle_client($base, $port);
$used = used_client($base, $port, $code);
var_dump($code, count($serverConns));
// a raw client whose connection the server sees close
$c = http_test_client($port, "GET /raw HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$serverConns) { return count($serverConns) === 2; });
socket_close($c);
http_test_run($base, function () use (&$serverClosed) { return $serverClosed >= 1; });
var_dump($serverClosed >= 1);

// (the server-side connection may already be gone: closing drops its callback)
echo "before: idle ", $idle->get() ? "alive" : "gone", ", used ", $used->get() ? "alive" : "gone", "\n";
var_dump(gc_collect_cycles() >= 3);
echo "after: idle ", $idle->get() ? "alive" : "gone", ", used ", $used->get() ? "alive" : "gone",
	", server-side closed ", $serverConns[1]->get() ? "alive" : "gone", "\n";
// the server still works
$code = null;
used_client($base, $port, $code);
var_dump($code);
?>
--EXPECT--
int(200)
int(1)
bool(true)
before: idle alive, used alive
bool(true)
after: idle gone, used gone, server-side closed gone
int(200)
