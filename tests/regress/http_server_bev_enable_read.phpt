--TEST--
Regression (HTTP fuzzer): a handler that enables reading on its connection's EventBufferEvent (the close-detection workaround), or frees that object, loses no keep-alive or pipelined request after it
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';
require __DIR__ . '/../http_server.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function (EventHttpRequest $req) use ($base) {
    parse_str((string)parse_url($req->getUri(), PHP_URL_QUERY), $q);
    $bev = $req->getBufferEvent();
    $bev->enable(Event::READ);
    if (($q['free'] ?? '0') === '1') {
        $bev->free();
    }
    $body = 'bev:' . ($q['t'] ?? '') . ':' . $req->getInputBuffer()->length;
    if (($q['hold'] ?? '0') === '1') {
        $t = new Event($base, -1, Event::TIMEOUT, function () use ($req, $body, &$t) {
            $req->sendReply(200, 'OK', http_test_buf($body));
        });
        $t->add(0.02);
        $GLOBALS['timers'][] = $t;
        return;
    }
    $req->sendReply(200, 'OK', http_test_buf($body));
});

/* Each reply's body, in order, from one connection (no preg_*: PCRE's JIT
 * makes valgrind report false errors). */
function bodies(string $raw): array
{
    $out = [];
    while (($end = strpos($raw, "\r\n\r\n")) !== false) {
        $head = substr($raw, 0, $end);
        $at = stripos($head, 'Content-Length: ');
        $len = $at === false ? 0 : (int)substr($head, $at + 16);
        $out[] = substr($raw, $end + 4, $len);
        $raw = substr($raw, $end + 4 + $len);
    }
    return $out;
}

foreach (['0', '1'] as $free) {
    foreach (['0', '1'] as $hold) {
        $s = srv_connect($port);
        $got = [];
        /* One at a time, then three pipelined (one with a body). */
        for ($i = 0; $i < 3; $i++) {
            $got = array_merge($got, bodies(srv_exchange($base, $s, srv_get("/?t=s$i&hold=$hold&free=$free"))));
        }
        $pipe = srv_get("/?t=p0&hold=$hold&free=$free")
            . "POST /?t=p1&hold=$hold&free=$free HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
            . srv_get("/?t=p2&hold=$hold&free=$free");
        fwrite($s, $pipe);
        $raw = '';
        http_test_until($base, function () use ($s, &$raw) {
            $raw .= (string)fread($s, 65536);
            return count(bodies($raw)) >= 3;
        }, 3.0);
        $got = array_merge($got, bodies($raw));
        echo "free=$free hold=$hold: ", implode(' ', $got), "\n";
        fclose($s);
    }
}

/* Fragments with pauses between them, a body and a large chunked body
 * after the handler that enabled reading. */
$chunks = '';
$sent = 0;
for ($i = 0; $sent < 40000; $i++) {
    $n = 100 + ($i * 37) % 900;
    $chunks .= dechex($n) . "\r\n" . str_repeat(chr(97 + $i % 26), $n) . "\r\n";
    $sent += $n;
}
$stream = srv_get('/?t=f0&free=1') . "PUT /?t=f1 HTTP/1.1\r\nHost: x\r\nContent-Length: 406\r\n\r\n" . str_repeat('d', 406)
    . srv_get('/?t=f2') . "POST /?t=f3 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n{$chunks}0\r\n\r\n";
$s = srv_connect($port);
$raw = '';
for ($off = 0, $i = 0; $off < strlen($stream); $i++) {
    $n = [7, 1, 300, 5000, 13, 2][$i % 6];
    fwrite($s, substr($stream, $off, $n));
    $off += $n;
    http_test_until($base, function () use ($s, &$raw) { $raw .= (string)fread($s, 65536); return false; }, 0.002);
}
http_test_until($base, function () use ($s, &$raw) {
    $raw .= (string)fread($s, 65536);
    return count(bodies($raw)) >= 4;
}, 3.0);
$got = bodies($raw);
echo "fragments: ", implode(' ', array_slice($got, 0, 3)), "\n";
echo "chunked body complete: ", var_export(($got[3] ?? '') === "bev:f3:$sent", true), "\n";
?>
--EXPECT--
free=0 hold=0: bev:s0:0 bev:s1:0 bev:s2:0 bev:p0:0 bev:p1:5 bev:p2:0
free=0 hold=1: bev:s0:0 bev:s1:0 bev:s2:0 bev:p0:0 bev:p1:5 bev:p2:0
free=1 hold=0: bev:s0:0 bev:s1:0 bev:s2:0 bev:p0:0 bev:p1:5 bev:p2:0
free=1 hold=1: bev:s0:0 bev:s1:0 bev:s2:0 bev:p0:0 bev:p1:5 bev:p2:0
fragments: bev:f0:0 bev:f1:406 bev:f2:0
chunked body complete: true
