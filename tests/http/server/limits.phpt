--TEST--
EventHttp::setAllowedMethods() (501), setMaxBodySize() (413), setMaxHeadersSize() (400): what libevent 2.1 answers
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$handled = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$handled) {
    $handled++;
    $req->sendReply(200, 'OK', http_test_buf('body=' . $req->getInputBuffer()->length));
});
function ask(EventBase $base, int $port, string $raw): string
{
    $out = http_test_raw($base, $port, $raw);
    $closed = str_ends_with($out, '<EOF>') ? ' closed' : '';
    $body = http_test_status($out) === 200 ? ' ' . substr($out, strpos($out, "\r\n\r\n") + 4) : '';
    return http_test_status($out) . $body . $closed;
}
$post = fn(int $n) => "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: $n\r\n\r\n" . str_repeat('p', $n);

echo "every method by default:\n";
foreach (['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH'] as $m) {
    $out = http_test_raw($base, $port, "$m / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 0.5);
    echo " $m ", http_test_status($out), "\n";
}

/* A method outside the allowed set: libevent answers 501 Not Implemented
 * and closes; the handler is not called. */
$http->setAllowedMethods(EventHttpRequest::CMD_GET | EventHttpRequest::CMD_HEAD);
$handled = 0;
echo "POST not allowed: ", ask($base, $port, $post(3)), " handled=$handled\n";
echo "PUT not allowed: ", ask($base, $port, "PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"), " handled=$handled\n";
echo "GET allowed: ", ask($base, $port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"), " handled=$handled\n";
$http->setAllowedMethods(EventHttpRequest::CMD_GET | EventHttpRequest::CMD_POST);

/* Body limit: exactly the limit passes, one more byte is 413 (Content-Length
 * or chunked). */
$http->setMaxBodySize(100);
$handled = 0;
echo "body 100: ", ask($base, $port, $post(100)), "\n";
echo "body 101: ", ask($base, $port, $post(101)), "\n";
echo "chunked 120: ", ask($base, $port, "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3c\r\n" . str_repeat('c', 60) . "\r\n3c\r\n" . str_repeat('c', 60) . "\r\n0\r\n\r\n"), "\n";
echo "handled=$handled\n";
$http->setMaxBodySize(-1);   /* no limit again */
echo "body 5000 unlimited: ", ask($base, $port, $post(5000)), "\n";

/* Header limit: headers larger than the limit get 400 Bad Request. */
$http->setMaxHeadersSize(200);
$handled = 0;
echo "small headers: ", ask($base, $port, "GET / HTTP/1.1\r\nHost: x\r\nX-A: " . str_repeat('a', 50) . "\r\n\r\n"), "\n";
echo "huge headers: ", ask($base, $port, "GET / HTTP/1.1\r\nHost: x\r\nX-A: " . str_repeat('a', 500) . "\r\n\r\n"), "\n";
echo "many headers: ", ask($base, $port, "GET / HTTP/1.1\r\nHost: x\r\n" . str_repeat("X-B: b\r\n", 40) . "\r\n"), "\n";
echo "handled=$handled\n";
$http->setMaxHeadersSize(-1);
echo "huge headers unlimited: ", ask($base, $port, "GET / HTTP/1.1\r\nHost: x\r\nX-A: " . str_repeat('a', 5000) . "\r\n\r\n"), "\n";
?>
--EXPECT--
every method by default:
 GET 200
 POST 200
 HEAD 200
 PUT 200
 DELETE 200
 OPTIONS 501
 TRACE 501
 PATCH 501
POST not allowed: 501 closed handled=0
PUT not allowed: 501 closed handled=0
GET allowed: 200 body=0 handled=1
body 100: 200 body=100
body 101: 413 closed
chunked 120: 413 closed
handled=1
body 5000 unlimited: 200 body=5000
small headers: 200 body=0
huge headers: 431 closed
many headers: 431 closed
handled=1
huge headers unlimited: 200 body=0
