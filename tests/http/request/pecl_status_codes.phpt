--TEST--
EventHttpRequest: sendError()/sendReply()/sendReplyStart() take any status code as an int; a chunked reply's Transfer-Encoding comes before its Date
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setCallback('/e', function ($req) { $req->sendError(0); });
$http->setCallback('/r', function ($req) { $req->sendReply(1000, 'Big'); });
$http->setCallback('/m', function ($req) { $req->sendReply(PHP_INT_MAX, 'Max'); });
$http->setCallback('/c', function ($req) { $req->sendReplyStart(99, 'Low'); $req->sendReplyEnd(); });
foreach (['/e', '/r', '/m', '/c'] as $u) {
    $raw = http_test_raw($base, $port, "GET $u HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    echo strtok($raw, "\r"), "\n";
    if ($u === '/c') {
        preg_match_all('/^(Transfer-Encoding|Date):/m', $raw, $m);
        echo implode(' ', $m[1]), "\n";
    }
}
?>
--EXPECT--
HTTP/1.1 0 Unknown Status Class
HTTP/1.1 1000 Big
HTTP/1.1 -1 Max
HTTP/1.1 99 Low
Transfer-Encoding Date
