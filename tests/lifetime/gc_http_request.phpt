--TEST--
GC: a client EventHttpRequest whose callback captures itself is collected, sent or not
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function (EventHttpRequest $req) {
	$req->sendReply(200, 'OK');
});

// never sent: the callback captures the request, $data is the request
function unsent(): WeakReference {
	$req = new EventHttpRequest(function ($r, $data) use (&$req) {}, null);
	$req->addHeader('X-Self', 'yes', EventHttpRequest::OUTPUT_HEADER);
	return WeakReference::create($req);
}
// sent and answered; the connection is kept by the caller
function answered(EventBase $base, EventHttpConnection $conn, ?int &$code): WeakReference {
	$req = new EventHttpRequest(function (?EventHttpRequest $r) use (&$req, &$code) {
		$code = $req->getResponseCode();
	});
	$req->addHeader('Host', '127.0.0.1', EventHttpRequest::OUTPUT_HEADER);
	$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/x');
	http_test_run($base, function () use (&$code) { return $code !== null; });
	return WeakReference::create($req);
}

$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$refs = ['unsent' => unsent(), 'answered' => answered($base, $conn, $code)];
var_dump($code);
foreach ($refs as $name => $ref) {
	echo $name, ": ", $ref->get() ? "alive" : "gone", "\n";
}
var_dump(gc_collect_cycles() >= 2);
foreach ($refs as $name => $ref) {
	echo $name, ": ", $ref->get() ? "alive" : "gone", "\n";
}
// the connection still works for another request
$code = null;
answered($base, $conn, $code);
var_dump($code);
?>
--EXPECT--
int(200)
unsent: alive
answered: alive
bool(true)
unsent: gone
answered: gone
int(200)
