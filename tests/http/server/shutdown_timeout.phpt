--TEST--
EventHttp::shutdown($timeout): a request still unanswered at the deadline is aborted (connection closed, close callback fired, isAborted() true); one answered before it is served; the callback runs after
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_server.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$held = [];
$closed = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$held, &$closed) {
    $uri = $req->getUri();
    $held[$uri] = $req;
    $req->getConnection()->setCloseCallback(function ($conn) use ($uri, &$closed) {
        $closed[] = $uri;
    });
});

$never = srv_connect($port);
fwrite($never, srv_get('/never'));
$soon = srv_connect($port);
fwrite($soon, srv_get('/soon'));
var_dump(http_test_until($base, function () use (&$held) { return count($held) === 2; }));

$done = null;
$start = microtime(true);
$http->shutdown(0.5, function (EventHttp $h, $arg) use (&$done, $start) {
    $done = [microtime(true) - $start, $arg];
});
$answer = new Event($base, -1, Event::TIMEOUT, function () use (&$held) {
    $held['/soon']->sendReply(200, 'OK', http_test_buf('in time'));
});
$answer->add(0.05);

echo "soon: ", srv_summary(srv_exchange($base, $soon, '', 2.0, 1.0)), "\n";
echo "never aborted before the deadline: ", var_export($held['/never']->isAborted(), true), "\n";
var_dump(srv_closed($base, $never, 3.0));
var_dump(http_test_until($base, function () use (&$done, &$closed) { return $done !== null && count($closed) === 2; }));
echo "never aborted: ", var_export($held['/never']->isAborted(), true), "\n";
echo "soon aborted: ", var_export($held['/soon']->isAborted(), true), "\n";
sort($closed);
echo "close callbacks: ", implode(' ', $closed), "\n";
echo "callback after the deadline: ", var_export($done[0] >= 0.45, true), ", arg ", var_export($done[1], true), "\n";
echo "count: ", $http->getConnectionCount(), "\n";
?>
--EXPECT--
bool(true)
soon: HTTP/1.1 200 OK | Connection: close | length ok | "in time" | closed
never aborted before the deadline: false
bool(true)
bool(true)
never aborted: true
soon aborted: false
close callbacks: /never /soon
callback after the deadline: true, arg NULL
count: 0
