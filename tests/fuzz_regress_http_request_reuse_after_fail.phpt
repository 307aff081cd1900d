--TEST--
Fuzz regression: EventHttpConnection::makeRequest() with a request whose previous send failed (libevent assertion, abort)
--SKIPIF--
<?php if (!class_exists('EventHttpConnection')) die('skip no libevent_extra'); ?>
--XFAIL--
Bug in the client request path (classes/event_http_connection.c / event_http_request.c;
found by tests/fuzz/api_fuzz.php on the normal build, seeds 790, 1222, 1264, e.g. an
HTTPS EventHttp answering a plain client): when the reply fails (here: the server
sends garbage and closes), libevent runs the request's callback but leaves
req->evcon set on the (script-owned) evhttp_request; the extension then lets the
script send the same request again, and evhttp_make_request() fails
"Assertion req->evcon == NULL" and calls abort(). A request that completed normally
can be sent again (bool(true), its callback runs again); after a failure the
extension should do the same with a fresh evhttp_request, or refuse with an
EventException ("the request was already sent") - then adjust the expectation.
--FILE--
<?php
$base = new EventBase();
$srv = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
// Not an HTTP server: garbage, then close.
$acc = new Event($base, $srv, Event::READ | Event::PERSIST, function () use ($srv) {
    $c = stream_socket_accept($srv);
    fwrite($c, "garbage\r\n\r\n");
    fclose($c);
});
$acc->add();
$calls = 0;
$req = new EventHttpRequest(function ($r) use (&$calls) { $calls++; });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$conn->setRetries(0);
$stop = Event::timer($base, fn() => $base->exit());

var_dump($conn->makeRequest($req, EventHttpRequest::CMD_GET, '/'));
$stop->add(0.5);
$base->loop();
echo "callbacks: $calls\n";
try {
    var_dump($conn->makeRequest($req, EventHttpRequest::CMD_POST, '/again'));
} catch (EventException $e) {
    echo 'EventException: ', $e->getMessage(), "\n";
}
$stop->add(0.5);
$base->loop();
echo "callbacks: $calls\n";
?>
--EXPECT--
bool(true)
callbacks: 1
bool(true)
callbacks: 2
