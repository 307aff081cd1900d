--TEST--
Regression (API fuzzer): EventHttpConnection::makeRequest() with a request whose previous send failed is refused (libevent would abort on its assertion)
--SKIPIF--
<?php if (!class_exists('EventHttpConnection')) die('skip no libevent_extra'); ?>
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
EventException: the request was already sent
callbacks: 1
