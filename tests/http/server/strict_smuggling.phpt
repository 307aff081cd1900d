--TEST--
EventHttp: request-smuggling shapes RFC 9112 forbids get one error reply and the connection closes; the request pipelined behind them is never parsed (two Content-Length, CL +0, whitespace before colon, obs-fold, NUL in a value, HTTP/1.1 without Host, two Host, TE+CL, bad chunk size, ...)
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$seen = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$seen) {
    $seen[] = $req->getUri();
    $req->sendReply(200, 'OK', http_test_buf('ok'));
});

/* Sends $data and reads until the server closes (at most 2 s). */
function until_eof(EventBase $base, int $port, string $data): string
{
    $s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
    stream_set_blocking($s, false);
    fwrite($s, $data);
    $out = '';
    $eof = false;
    $ev = new Event($base, $s, Event::READ | Event::PERSIST, function () use ($s, &$out, &$eof) {
        $chunk = fread($s, 65536);
        if ($chunk !== false) $out .= $chunk;
        if (feof($s)) $eof = true;
    });
    $ev->add();
    http_test_until($base, function () use (&$eof) { return $eof; }, 2.0);
    $ev->free();
    fclose($s);
    return $out . ($eof ? '<EOF>' : '<OPEN>');
}

$next = "GET /smuggled HTTP/1.1\r\nHost: h\r\n\r\n";
$cases = [
    'two Content-Length'       => "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
    'same Content-Length twice' => "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab",
    'Content-Length +0'        => "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: +0\r\n\r\n",
    'Content-Length -1'        => "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n",
    'whitespace before colon'  => "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n",
    'obs-fold'                 => "GET /a HTTP/1.1\r\nHost: h\r\nX-A: a\r\n b\r\n\r\n",
    'NUL in a value'           => "GET /a HTTP/1.1\r\nHost: h\r\nX-A: a\0b\r\n\r\n",
    'bare CR'                  => "GET /a HTTP/1.1\r\nHost: h\r\nX-A: a\rb\r\n\r\n",
    'HTTP/1.1 without Host'    => "GET /a HTTP/1.1\r\n\r\n",
    'two Host'                 => "GET /a HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
    'TE and CL'                => "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n",
    'bad chunk size'           => "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n",
    'chunk size overflow'      => "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n",
    'chunked twice'            => "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n",
    'TE in HTTP/1.0'           => "POST /a HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    'asterisk for GET'         => "GET * HTTP/1.1\r\nHost: h\r\n\r\n",
    'unknown coding'           => "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n",
    'HTTP/1.2'                 => "GET /a HTTP/1.2\r\nHost: h\r\n\r\n",
    'URI over 8 KiB'           => "GET /" . str_repeat('u', 9000) . " HTTP/1.1\r\nHost: h\r\n\r\n",
];
foreach ($cases as $name => $req) {
    $seen = [];
    $got = until_eof($base, $port, $req . $next);
    printf("%s: %d, %d response(s), %s, handled: %s\n", $name, http_test_status($got),
        substr_count($got, "HTTP/1."), substr($got, -5), $seen ? implode(' ', $seen) : 'none');
}

/* The same requests, well-formed, are answered and the next one too. */
$seen = [];
$got = until_eof($base, $port, "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nab"
    . "POST /b HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n"
    . "GET /c HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
printf("well-formed: %d response(s), handled: %s\n", substr_count($got, "HTTP/1.1 200"), implode(' ', $seen));
?>
--EXPECT--
two Content-Length: 400, 1 response(s), <EOF>, handled: none
same Content-Length twice: 400, 1 response(s), <EOF>, handled: none
Content-Length +0: 400, 1 response(s), <EOF>, handled: none
Content-Length -1: 400, 1 response(s), <EOF>, handled: none
whitespace before colon: 400, 1 response(s), <EOF>, handled: none
obs-fold: 400, 1 response(s), <EOF>, handled: none
NUL in a value: 400, 1 response(s), <EOF>, handled: none
bare CR: 400, 1 response(s), <EOF>, handled: none
HTTP/1.1 without Host: 400, 1 response(s), <EOF>, handled: none
two Host: 400, 1 response(s), <EOF>, handled: none
TE and CL: 400, 1 response(s), <EOF>, handled: none
bad chunk size: 400, 1 response(s), <EOF>, handled: none
chunk size overflow: 400, 1 response(s), <EOF>, handled: none
chunked twice: 400, 1 response(s), <EOF>, handled: none
TE in HTTP/1.0: 400, 1 response(s), <EOF>, handled: none
asterisk for GET: 400, 1 response(s), <EOF>, handled: none
unknown coding: 501, 1 response(s), <EOF>, handled: none
HTTP/1.2: 505, 1 response(s), <EOF>, handled: none
URI over 8 KiB: 414, 1 response(s), <EOF>, handled: none
well-formed: 3 response(s), handled: /a /b /c
