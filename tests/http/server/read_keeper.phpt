--TEST--
EventHttp: reading stays registered across each keep-alive request (no epoll change per request) and stays correct: connections closed by the server while their fd is reused, idle clients leaving, large replies with a request pipelined behind, the base freed inside a handler
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$served = 0;
$closed = 0;
$big = str_repeat('b', 4 << 20);
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$served, &$closed, $big) {
    $served++;
    $req->getConnection()->setCloseCallback(function () use (&$closed) { $closed++; });
    $body = $req->getUri() === '/big' ? $big : 'r' . $served;
    $req->sendReply(200, 'OK', http_test_buf($body));
});

/* Sends $data on a new connection and reads until the server closes it
 * (at most 2 s); '<EOF>' is appended when it did. */
function until_eof(EventBase $base, int $port, string $data): string
{
    $s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
    stream_set_blocking($s, false);
    fwrite($s, $data);
    $out = '';
    $eof = false;
    $ev = new Event($base, $s, Event::READ | Event::PERSIST, function () use ($s, &$out, &$eof) {
        $out .= (string)fread($s, 65536);
        $eof = feof($s);
    });
    $ev->add();
    http_test_until($base, function () use (&$eof) { return $eof; }, 2.0);
    $ev->free();
    fclose($s);
    return $eof ? $out . '<EOF>' : $out;
}

/* 1. The server closes each connection in the step that read its second
 * request (the first one sets our callbacks up); the next connection gets
 * the same descriptor number and must be read. */
$ok = 0;
for ($i = 0; $i < 200; $i++) {
    $raw = until_eof($base, $port, "GET /a$i HTTP/1.1\r\nHost: x\r\n\r\n"
        . "GET /b$i HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    $ok += (substr_count($raw, 'HTTP/1.1 200 OK') === 2 && str_ends_with($raw, '<EOF>')) ? 1 : 0;
}
echo "closed by the server, then reused: $ok of 200 answered\n";

/* 2. A keep-alive client makes requests one after another, then leaves: its
 * FIN is seen while the connection is idle. */
$before = $closed;
$c = http_test_client($port, '');
$answered = 0;
for ($i = 0; $i < 50; $i++) {
    socket_write($c, "GET /k$i HTTP/1.1\r\nHost: x\r\n\r\n");
    $got = '';
    http_test_until($base, function () use ($c, &$got) {
        $got .= http_test_read($c);
        return http_test_response_complete($got);
    }, 2.0);
    $answered += http_test_status($got) === 200 ? 1 : 0;
}
http_test_close($c, 'fin');
$seen = http_test_until($base, function () use (&$closed, $before) { return $closed > $before; }, 2.0);
echo "keep-alive: $answered of 50 answered, leaving noticed: ", $seen ? 'yes' : 'no', "\n";

/* 3. A reply too large for one write leaves reading off until it is out;
 * the request pipelined behind it is answered afterwards, and an RST is
 * seen. */
$before = $closed;
$c = http_test_client($port, "GET /big HTTP/1.1\r\nHost: x\r\n\r\nGET /after HTTP/1.1\r\nHost: x\r\n\r\n");
$got = '';
http_test_until($base, function () use ($c, &$got) {
    $got .= http_test_read($c);
    return substr_count($got, 'HTTP/1.1 200 OK') === 2 && http_test_response_complete(substr($got, strrpos($got, 'HTTP/1.1')));
}, 5.0);
$second = substr($got, (int)strrpos($got, 'HTTP/1.1'));
echo 'large then pipelined: ', strlen($got) > (4 << 20) && http_test_status($second) === 200 ? 'both answered' : 'MISSING', "\n";
http_test_close($c, 'rst');
echo 'reset noticed: ', http_test_until($base, function () use (&$closed, $before) { return $closed > $before; }, 2.0) ? 'yes' : 'no', "\n";
echo 'CLOSE_WAIT: ', http_test_sockets($port), "\n";

/* 4. The base (and with it the EventHttp and its connections) freed by a
 * handler while evhttp is reading its request. */
$base2 = new EventBase();
[$http2, $port2] = http_test_server($base2);
$http2->setDefaultCallback(function (EventHttpRequest $req) use ($base2) {
    $req->sendReply(200, 'OK', http_test_buf('last'));
    $base2->free();
});
$c = http_test_client($port2, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
$base2->loop(EventBase::LOOP_ONCE);
echo "base freed in a handler: survived\n";
socket_close($c);
unset($http2, $base2);

/* And the first server still serves. */
echo 'still serving: ', http_test_status(http_test_raw($base, $port, "GET /end HTTP/1.1\r\nHost: x\r\n\r\n")), "\n";
?>
--EXPECT--
closed by the server, then reused: 200 of 200 answered
keep-alive: 50 of 50 answered, leaving noticed: yes
large then pipelined: both answered
reset noticed: yes
CLOSE_WAIT: 0
base freed in a handler: survived
still serving: 200
