--TEST--
Regression (HTTP fuzzer): a reply to HEAD carries the Content-Length a GET would get and no body, so a keep-alive client reads the next reply correctly
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$n = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$n) {
    $n++;
    $b = new EventBuffer();
    $b->add('BODY');
    $req->sendReply(200, 'OK', $b);
});
$c = http_test_client($port, "HEAD /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$n) { return $n === 2; });
http_test_run($base, fn() => false, 0.1);
$got = http_test_read($c);
$first = strpos($got, "\r\n\r\n");
echo "replies: $n\n";
echo "after the HEAD reply's headers: ", json_encode(substr($got, $first + 4, 12)), "\n";
?>
--EXPECT--
replies: 2
after the HEAD reply's headers: "HTTP\/1.1 200"
