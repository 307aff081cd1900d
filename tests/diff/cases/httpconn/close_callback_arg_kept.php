<?php
// setCloseCallback() twice: which $arg the second callback gets, given none,
// null or a value.
require __DIR__ . '/../http/lib.inc';
$b = new EventBase();
$http = server($b, $port, function ($req) { $req->sendReply(200, 'OK'); });
foreach (['left out' => [], 'null' => [null], 'value' => ['new'], 'false' => [false]] as $name => $args) {
    $conn = new EventHttpConnection($b, null, '127.0.0.1', $port);
    $conn->setCloseCallback(function () { echo "first callback\n"; }, 'first');
    $closed = false;
    $conn->setCloseCallback(function ($c, $arg) use ($name, &$closed) {
        echo "$name: ", var_export($arg, true), "\n";
        $closed = true;
    }, ...$args);
    $req = new EventHttpRequest(function ($r) { echo "reply ", $r ? $r->getResponseCode() : 'none', "\n"; });
    $req->addHeader('Connection', 'close', EventHttpRequest::OUTPUT_HEADER);
    $conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
    pump($b, function () use (&$closed) { return $closed; });
}
