--TEST--
new EventHttpRequest(): a callable that does not exist yet is taken and resolved when the response arrives
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function ($req) { $req->sendReply(200, 'OK'); });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$later = new EventHttpRequest('response_later', 'arg');
$never = new EventHttpRequest('no_such_function');
$nul = new EventHttpRequest(null);
eval('function response_later($r, $arg) { echo "response_later ", $r->getResponseCode(), " $arg\n"; }');
foreach ([$never, $nul, $later] as $r) {
    var_dump($conn->makeRequest($r, EventHttpRequest::CMD_GET, '/'));
}
http_test_until($base, fn() => $later->getResponseCode() !== 0 && $never->getResponseCode() !== 0);
http_test_until($base, fn() => false, 0.1);
var_dump($never->getResponseCode());
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
response_later 200 arg
int(200)
