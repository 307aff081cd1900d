--TEST--
EventHttpRequest (client side): closed port gives the callback with code 0, cancel() (in flight and queued), $data passed through
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();

/* Nobody listens: the callback runs with response code 0. */
$port = http_test_free_port();
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$got = null;
$req = new EventHttpRequest(function (EventHttpRequest $r, $data) use (&$got) {
    $got = [$r->getResponseCode(), $data, $r->getInputBuffer()->length];
}, ['my' => 'data']);
var_dump($conn->makeRequest($req, EventHttpRequest::CMD_GET, '/'));
http_test_until($base, function () use (&$got) { return $got !== null; });
echo 'closed port: ', json_encode($got), "\n";

/* cancel() of a request the server holds: no callback, the server sees its client go. */
[$http, $sport] = http_test_server($base);
$held = null;
$http->setDefaultCallback(function (EventHttpRequest $r) use (&$held) {
    $held = $r;
});
$conn = new EventHttpConnection($base, null, '127.0.0.1', $sport);
$called = 0;
$req = new EventHttpRequest(function () use (&$called) { $called++; });
$req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/held');
http_test_until($base, function () use (&$held) { return $held !== null; });
echo 'server holds it: ', var_export($held !== null, true), "\n";
$req->cancel();
http_test_until($base, function () use (&$held) { return $held->isAborted(); }, 2.0);
echo "after cancel: called=$called server sees abort=", var_export($held->isAborted(), true), "\n";
$req->cancel();   /* again: nothing happens */
echo "second cancel: called=$called\n";

/* cancel() of a request still queued behind another one: only the other
 * one is answered. */
$http->setDefaultCallback(function (EventHttpRequest $r) {
    $r->sendReply(200, 'OK', http_test_buf($r->getUri()));
});
$answers = [];
$cb = function (EventHttpRequest $r, $name) use (&$answers) {
    $answers[] = "$name:" . $r->getResponseCode() . ':' . $r->getInputBuffer()->read(100);
};
$conn = new EventHttpConnection($base, null, '127.0.0.1', $sport);
$a = new EventHttpRequest($cb, 'a');
$b = new EventHttpRequest($cb, 'b');
$a->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
$b->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
$conn->makeRequest($a, EventHttpRequest::CMD_GET, '/a');
$conn->makeRequest($b, EventHttpRequest::CMD_GET, '/b');
$b->cancel();
http_test_until($base, fn() => count($answers) >= 1);
http_test_until($base, fn() => false, 0.2);
echo 'queued cancel: ', json_encode($answers), "\n";

/* cancel() before the loop ever ran (connecting): no callback, no request at the server. */
$answers = [];
$c = new EventHttpRequest($cb, 'c');
$conn2 = new EventHttpConnection($base, null, '127.0.0.1', $sport);
$conn2->makeRequest($c, EventHttpRequest::CMD_GET, '/c');
$c->cancel();
http_test_until($base, fn() => false, 0.3);
echo 'cancel while connecting: ', json_encode($answers), "\n";

/* cancel() of a request never sent, and of a server-side request. */
$d = new EventHttpRequest($cb);
$d->cancel();
echo "unsent cancel ok\n";
try {
    $held->cancel();
} catch (EventException $e) {
    echo 'server-side cancel: ', $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
closed port: [0,{"my":"data"},0]
server holds it: true
after cancel: called=0 server sees abort=true
second cancel: called=0
queued cancel: ["a:200:\/a"]
cancel while connecting: []
unsent cancel ok
server-side cancel: only requests made by the script can be cancelled
