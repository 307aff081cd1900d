--TEST--
EventHttpConnection::setCloseCallback(): a second call without $arg, or with null, keeps the $arg given before (as in PECL event)
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$b = new EventBase();
[$http, $port] = http_test_server($b);
$http->setDefaultCallback(function ($req) { $req->sendReply(200, 'OK'); });
foreach (['left out' => [], 'null' => [null], 'value' => ['new']] as $name => $args) {
    $conn = new EventHttpConnection($b, null, '127.0.0.1', $port);
    $conn->setCloseCallback(function () {}, 'first');
    $conn->setCloseCallback(function ($c, $arg) use ($name, $b) {
        echo "$name: ", var_export($arg, true), "\n";
    }, ...$args);
    $req = new EventHttpRequest(function () {});
    $req->addHeader('Connection', 'close', EventHttpRequest::OUTPUT_HEADER);
    $conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
    $t = new Event($b, -1, Event::TIMEOUT, fn() => $b->exit());
    $t->add(2);
    $b->dispatch();
}
?>
--EXPECT--
left out: 'first'
null: 'first'
value: 'new'
