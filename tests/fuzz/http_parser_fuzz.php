<?php
/*
 * Parser mode of the HTTP fuzzer (http_fuzz.php --mode=parser): streams of
 * pipelined requests, valid, damaged and random, written to EventHttp split
 * at random byte boundaries, and every reply checked against what the
 * engine's rules promise (src/http/parser.h, conn.h, reply.h).
 *
 * The server (this process) answers every request with one cheap handler:
 * 200 with the body "METHOD TARGET BODY-LENGTH CRC32-OF-BODY" (and an
 * X-Head header for HEAD, whose reply has no body on the wire). Client
 * processes (--client, started with proc_open) each keep --concurrency
 * connections busy; every connection sends one stream:
 *
 *   valid requests ... [a closing request | a crafted bad request | damaged
 *   bytes | random bytes | a request at a limit | all of these mixed]
 *   [more valid requests]
 *
 * written in random-sized pieces (whole, 1..2048, 1..16 bytes, sometimes
 * with 1-3 ms pauses), then sends FIN and reads until the server closes.
 * pf_model() predicts each stream's replies from the engine's rules; it is
 * checked against what the generator meant (pf_self_check()), and the
 * replies against it (pf_check()):
 *   - the replies parse as HTTP/1.x responses (1xx skipped), nothing else
 *     comes on the wire;
 *   - each request the model accepts gets its handler's answer, in order:
 *     200, the request's version in the status line, the echo of its method,
 *     target, body length and body CRC, no body for HEAD, Connection: close
 *     exactly when the request asked for it;
 *   - a request the model rejects gets its status (400 framing, 413/414/431
 *     limits, 501 unknown coding or method, 505 version) with Connection:
 *     close, as the last reply: nothing after it is answered;
 *   - the server closes after an error, a closing request, and the FIN;
 *   - no hang: each connection is done within --conn-deadline seconds (x
 *     --slow); an Expect: 100-continue head sent alone gets 100 Continue.
 *
 * Usage (normally through run_http_fuzz.sh MODE --mode=parser ...):
 *   php -n -d extension=sockets -d extension=modules/event.so tests/fuzz/http_fuzz.php --mode=parser \
 *       [--requests=100000] [--seed=N] [--clients=2] [--concurrency=24] [--warmup=N]
 *       [--time-limit=1800] [--slow=1] [--conn-deadline=5]
 *   ... --mode=parser --seed=N --replay=K   one connection (its index K is
 *       printed with every anomaly) against a fresh server, with its bytes.
 * Connection K of seed N is generated from its own RNG (seed, K), so a replay
 * regenerates it alone.
 */

require_once __DIR__ . '/http_fuzz_client.inc';

const PF_MAX_BODY = 65536;
const PF_MAX_HEAD = 8192;
const PF_SERVER_TIMEOUT = 60;
/* EventHttpRequest::CMD_* => method name, as the handler echoes it */
const PF_CMDS = [1 => 'GET', 2 => 'POST', 4 => 'HEAD', 8 => 'PUT', 16 => 'DELETE', 32 => 'OPTIONS',
    64 => 'TRACE', 128 => 'CONNECT', 256 => 'PATCH'];
/* statuses the engine answers a request it could not parse or route with */
const PF_ERROR_CODES = [400, 413, 414, 431, 501, 505];

function pf_opts(): array
{
    [$opts, $o] = fuzz_options(['mode:', 'clients:', 'conn-deadline:', 'first:'], 24, 1800);
    return $opts + [
        'clients' => max(1, (int)($o['clients'] ?? 2)),
        'conn-deadline' => (float)($o['conn-deadline'] ?? 5),
        'first' => (int)($o['first'] ?? 0),
    ];
}

/* ===================================================================== */
/* Request generation                                                    */
/* ===================================================================== */

function pf_pick(Random\Randomizer $r, array $a)
{
    return $a[$r->getInt(0, count($a) - 1)];
}

/* A key of $weights (key => weight) drawn by weight. */
function pf_weighted(Random\Randomizer $r, array $weights)
{
    $x = $r->getInt(1, array_sum($weights));
    foreach ($weights as $k => $w) {
        if (($x -= $w) <= 0) return $k;
    }
    return array_key_last($weights);
}

/* $n characters of $alphabet (Randomizer::getBytesFromString() is PHP 8.3's). */
function pf_chars(Random\Randomizer $r, string $alphabet, int $n): string
{
    $s = '';
    $last = strlen($alphabet) - 1;
    for ($i = 0; $i < $n; $i++) $s .= $alphabet[$r->getInt(0, $last)];
    return $s;
}

function pf_target(Random\Randomizer $r, string $tag): string
{
    static $chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?%";
    $n = $r->getInt(0, 9) === 0 ? $r->getInt(60, 3000) : $r->getInt(0, 30);
    $s = '';
    if ($n > 0) {
        $s = pf_chars($r, $chars, $n);
        if ($r->getInt(0, 7) === 0) { /* obs-text is allowed in the target */
            $pos = $r->getInt(0, $n - 1);
            $s = substr($s, 0, $pos) . chr($r->getInt(0x80, 0xff)) . substr($s, $pos + 1);
        }
    }
    return "/$tag/" . $s;
}

function pf_token(Random\Randomizer $r, int $min, int $max): string
{
    static $t = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~";
    return pf_chars($r, $t, $r->getInt($min, $max));
}

/* A field value: visible characters, obs-text, inner spaces and tabs. */
function pf_value(Random\Randomizer $r, int $max): string
{
    $n = $r->getInt(0, $max);
    if ($n === 0) return '';
    $s = '';
    for ($i = 0; $i < $n; $i++) {
        $k = $r->getInt(0, 19);
        $s .= $k === 0 ? ' ' : ($k === 1 ? "\t" : ($k === 2 ? chr($r->getInt(0x80, 0xff)) : chr($r->getInt(0x21, 0x7e))));
    }
    return trim($s, " \t") === '' ? 'v' : $s;
}

function pf_body(Random\Randomizer $r): string
{
    $k = $r->getInt(0, 99);
    $n = $k < 80 ? $r->getInt(0, 300) : ($k < 98 ? $r->getInt(300, 5000) : $r->getInt(5000, 60000));
    return $n ? $r->getBytes($n) : '';
}

function pf_chunked(Random\Randomizer $r, string $body, string $eol): string
{
    $out = '';
    $pos = 0;
    $len = strlen($body);
    while ($pos < $len) {
        $n = $r->getInt(1, max(1, min($len - $pos, $r->getInt(0, 3) ? 200 : 20000)));
        $size = dechex($n);
        $size = $r->getInt(0, 1) ? strtoupper($size) : $size;
        if ($r->getInt(0, 9) === 0) $size = str_repeat('0', $r->getInt(1, 20)) . $size;
        $ext = '';
        if ($r->getInt(0, 7) === 0) {
            $ext = pf_pick($r, [';a=b', ';x', ' ;a', ';q="x\"y"', ';n=1;m', "\t; k = v"]);
        }
        $out .= "$size$ext\r\n" . substr($body, $pos, $n) . "\r\n";
        $pos += $n;
    }
    $out .= pf_pick($r, ['0', '0', '0', '000', '0;end=1']) . "\r\n";
    if ($r->getInt(0, 3) === 0) {
        $m = $r->getInt(1, 3);
        for ($i = 0; $i < $m; $i++) $out .= 'X-Trailer-' . $i . ': ' . pf_value($r, 30) . $eol;
    }
    return $out . $eol;
}

/*
 * A valid request. Returns [bytes, expect]: expect = ['echo' => the
 * handler's body, 'head' => HEAD, 'close' => the server closes after it,
 * 'ver' => "1.0"|"1.1"]. $close: make it a closing request.
 */
function pf_valid(Random\Randomizer $r, string $tag, bool $close, bool $expect = false): array
{
    static $methods = ['GET' => 35, 'HEAD' => 12, 'POST' => 28, 'PUT' => 6, 'DELETE' => 5, 'OPTIONS' => 6, 'PATCH' => 5, 'TRACE' => 3];
    $ver = !$expect && $r->getInt(0, 6) === 0 ? '1.0' : '1.1';
    $m = $expect ? pf_pick($r, ['POST', 'PUT', 'PATCH']) : pf_weighted($r, $methods);
    $target = ($m === 'OPTIONS' && $r->getInt(0, 2) === 0) ? '*' : pf_target($r, $tag);
    $eol = $r->getInt(0, 15) === 0 ? "\n" : "\r\n"; /* a bare LF ends a head line too */
    $h = [];
    if ($ver === '1.1' || $r->getInt(0, 1)) {
        $h[] = pf_pick($r, ['Host', 'host', 'HOST']) . ':' . pf_pick($r, [' ', '', "\t", '  ']) . pf_pick($r, ['fuzz', 'fuzz:8080', '[::1]:80', '', '127.0.0.1', 'a.b-c_d~e', 'x%41y']);
    }
    if ($ver === '1.1') {
        $conn = $close ? pf_pick($r, ['close', 'Close', 'keep-alive, close', 'foo,close', ' close ']) : pf_pick($r, [null, null, null, 'keep-alive', 'TE', 'foo, bar']);
    } else {
        $conn = $close ? pf_pick($r, [null, null, 'close', 'keep-alive, close']) : pf_pick($r, ['keep-alive', 'Keep-Alive', 'foo, keep-alive']);
    }
    if ($conn !== null) $h[] = pf_pick($r, ['Connection', 'connection']) . ": $conn";
    $nx = $r->getInt(0, 19) === 0 ? $r->getInt(20, 60) : $r->getInt(0, 3);
    for ($i = 0; $i < $nx; $i++) {
        $h[] = 'X-' . pf_token($r, 1, 12) . ':' . pf_pick($r, ['', ' ', "\t"]) . pf_value($r, 40) . pf_pick($r, ['', '', ' ', "\t "]);
    }
    $hasBody = in_array($m, ['POST', 'PUT', 'PATCH'], true) || $r->getInt(0, 6) === 0;
    $body = '';
    $framing = '';
    if ($hasBody) {
        $body = pf_body($r);
        if ($expect && $body === '') $body = 'x';
        if ($ver === '1.1' && $r->getInt(0, 9) < 4) {
            $h[] = pf_pick($r, ['Transfer-Encoding', 'transfer-encoding']) . ': ' . pf_pick($r, ['chunked', 'chunked', 'Chunked', 'CHUNKED', ', chunked', 'chunked ']);
            $framing = pf_chunked($r, $body, $eol);
        } else {
            $cl = (string)strlen($body);
            if ($r->getInt(0, 9) === 0) $cl = str_repeat('0', $r->getInt(1, 5)) . $cl;
            $h[] = pf_pick($r, ['Content-Length', 'content-length', 'CONTENT-LENGTH']) . ':' . pf_pick($r, [' ', '', '  ']) . $cl . pf_pick($r, ['', ' ']);
            $framing = $body;
        }
        if ($expect || ($ver === '1.1' && $r->getInt(0, 4) === 0)) $h[] = pf_pick($r, ['Expect: 100-continue', 'expect: 100-Continue']);
    }
    $r->shuffleArray($h);
    $lead = $r->getInt(0, 29) === 0 ? pf_pick($r, ["\r\n", "\n", "\r\n\r\n"]) : '';
    $head = "$lead$m $target HTTP/$ver$eol" . implode($eol, $h) . ($h ? $eol : '') . $eol;
    $echo = "$m $target " . strlen($body) . ' ' . hash('crc32b', $body);
    return [$head . $framing, ['echo' => $echo, 'head' => $m === 'HEAD', 'close' => $close, 'ver' => $ver, 'headlen' => strlen($head)]];
}

/*
 * A bad request with the status the engine answers it with. Each is a
 * framing, smuggling or limit case of parser.h's list (or of the binding's
 * routing: unknown methods, "*" without OPTIONS).
 */
function pf_bad(Random\Randomizer $r, string $tag): array
{
    $t = "/bad/$tag";
    $H = "Host: fuzz\r\n";
    $post = "POST $t HTTP/1.1\r\n$H";
    $te = "{$post}Transfer-Encoding: chunked\r\n\r\n";
    $cases = [
        /* smuggling: conflicting or duplicated framing */
        fn() => [400, "{$post}Content-Length: 3\r\nContent-Length: 5\r\n\r\nabcde"],
        fn() => [400, "{$post}Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc"],
        fn() => [400, "{$post}Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"],
        fn() => [400, "{$post}Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n"],
        fn() => [400, "POST $t HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"],
        fn() => [400, "{$post}Transfer-Encoding: chunked, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"],
        fn() => [400, "{$post}Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"],
        fn() => [400, "{$post}Transfer-Encoding: \r\n\r\n"],
        fn() => [400, "{$post}Transfer-Encoding: ,\r\n\r\n"],
        fn() => [400, "{$post}Transfer-Encoding : chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"],
        fn() => [400, "{$post}Content-Length : 3\r\n\r\nabc"],
        fn() => [400, "{$post}Content-Length:\t3 \r\nX: y\r\n Content-Length: 5\r\n\r\nabcde"],
        /* obs-fold, whitespace and names */
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}X-Folded: a\r\n  continued\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}X-Folded: a\r\n\tcontinued\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n first: x\r\n$H\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}NoColon\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}: empty-name\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}X(y): z\r\n\r\n"],
        /* controls */
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}X-Nul: a\0b\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}X-Ctl: a" . chr($r->getInt(1, 8)) . "b\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}X-Ctl: a" . chr($r->getInt(0x0b, 0x1f) === 0x0d ? 0x0e : $r->getInt(0x0b, 0x1f)) . "b\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}X-Del: a\x7fb\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}X-CR: a\rb\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}X-CR: ab\r\r\n\r\n"],
        fn() => [400, "GET $t\r HTTP/1.1\r\n$H\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\r\n$H\r\n"],
        fn() => [400, "GET /a\0b HTTP/1.1\r\n$H\r\n"],
        fn() => [400, "GET /a\x7fb HTTP/1.1\r\n$H\r\n"],
        fn() => [400, "GET /a\x01b HTTP/1.1\r\n$H\r\n"],
        fn() => [400, "\r\rGET $t HTTP/1.1\r\n$H\r\n"],
        /* Host */
        fn() => [400, "GET $t HTTP/1.1\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\n{$H}Host: other\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\nHost: a b\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\nHost: a/b\r\n\r\n"],
        fn() => [400, "GET $t HTTP/1.1\r\nHost: a{b\r\n\r\n"],
        /* Content-Length values */
        fn() => [400, "{$post}Content-Length: " . pf_pick($r, ['+0', '-1', '0x1', '1,1', '', 'abc', '1 2', '1.0', "1\t1", '٣']) . "\r\n\r\nabc"],
        /* request line */
        fn() => [400, "GET  $t HTTP/1.1\r\n$H\r\n"],
        fn() => [400, "GET $t  HTTP/1.1\r\n$H\r\n"],
        fn() => [400, "GET $t HTTP/1.1 \r\n$H\r\n"],
        fn() => [400, "GET\t$t\tHTTP/1.1\r\n$H\r\n"],
        fn() => [400, "GET $t HTTP/1.10\r\n$H\r\n"],
        fn() => [400, "GET $t HTTP/11.1\r\n$H\r\n"],
        fn() => [400, "GET $t http/1.1\r\n$H\r\n"],
        fn() => [400, "GET $t HTTP/1\r\n$H\r\n"],
        fn() => [400, "GET $t HTTP/1.1.1\r\n$H\r\n"],
        fn() => [400, "GET $t FOO/1.1\r\n$H\r\n"],
        fn() => [400, "GET $t\r\n$H\r\n"],
        fn() => [400, " GET $t HTTP/1.1\r\n$H\r\n"],
        fn() => [400, "GE(T $t HTTP/1.1\r\n$H\r\n"],
        fn() => [400, "GET * HTTP/1.1\r\n$H\r\n"],
        fn() => [400, "POST * HTTP/1.1\r\n{$H}Content-Length: 1\r\n\r\nx"],
        /* chunk framing */
        fn() => [400, $te . pf_pick($r, ['zz', '-5', ' 3', '3 ', '+3', '0x3', 'g', '', ';a=b', '3;', '3;=x', '3;a=', '3;a="x', '3;a b', "3\x01"]) . "\r\nabc\r\n0\r\n\r\n"],
        fn() => [400, $te . str_repeat('f', $r->getInt(17, 40)) . "\r\nabc\r\n0\r\n\r\n"],
        fn() => [400, $te . '1' . str_repeat('0', 16) . "\r\nabc\r\n0\r\n\r\n"],
        fn() => [400, $te . str_repeat('0', 5000) . "3\r\nabc\r\n0\r\n\r\n"],
        fn() => [400, $te . "3\r\nabcd\r\n0\r\n\r\n"],
        fn() => [400, $te . "3\r\nabc0\r\n\r\n"],
        fn() => [400, $te . "3\r\nabc\n0\r\n\r\n"],
        fn() => [400, $te . "3\nabc\r\n0\r\n\r\n"],
        fn() => [400, $te . "3\r\nabc\r\n0\n\r\n"],
        fn() => [400, $te . "3\r\nabc\r\n0\r\nX : y\r\n\r\n"],
        fn() => [400, $te . "3\r\nabc\r\n0\r\n folded\r\n\r\n"],
        fn() => [400, $te . "3\r\nabc\r\n0\r\nX: a\0b\r\n\r\n"],
        fn() => [400, $te . "3\r\nabc\r\n0\r\nX: y\r\r\n"],
        /* versions */
        fn() => [505, "GET $t HTTP/" . pf_pick($r, ['2.0', '1.2', '0.9', '3.1', '9.9', '0.0']) . "\r\n$H\r\n"],
        /* codings and methods the server does not know */
        fn() => [501, "{$post}Transfer-Encoding: " . pf_pick($r, ['gzip', 'gzip, chunked', 'chunked, gzip', 'xchunked', 'chunked;q=1', 'identity', 'deflate']) . "\r\n\r\n3\r\nabc\r\n0\r\n\r\n"],
        fn() => [501, pf_pick($r, ['BREW', 'get', 'Get', 'PROPFIND', 'M-SEARCH', 'GETS', '!#$%']) . " $t HTTP/1.1\r\n$H\r\n"],
        /* limits */
        fn() => [413, "{$post}Content-Length: " . pf_pick($r, [(string)(PF_MAX_BODY + 1), '99999999999999999999999', '18446744073709551615', '18446744073709551616', '9223372036854775808']) . "\r\n\r\nabc"],
        fn() => [413, $te . "8000\r\n" . str_repeat('a', 0x8000) . "\r\n8001\r\n"],
        fn() => [413, $te . pf_pick($r, ['ffffffffffffffff', '10001', '7fffffffffffffff']) . "\r\nabc"],
        fn() => [414, "GET /" . str_repeat('u', $r->getInt(PF_MAX_HEAD, PF_MAX_HEAD * 3)) . " HTTP/1.1\r\n$H\r\n"],
        fn() => [431, "GET $t HTTP/1.1\r\n{$H}X-Big: " . str_repeat('b', $r->getInt(PF_MAX_HEAD, PF_MAX_HEAD * 3)) . "\r\n\r\n"],
        fn() => [431, "GET $t HTTP/1.1\r\n$H" . str_repeat("X-Many: m\r\n", $r->getInt(100, 300)) . "\r\n"],
        fn() => [431, "GET $t HTTP/1.1\r\n$H" . str_repeat('X', PF_MAX_HEAD + 10) . ": v\r\n\r\n"],
        fn() => [431, $te . "3\r\nabc\r\n0\r\n" . str_repeat("X-T: " . str_repeat('t', 100) . "\r\n", $r->getInt(90, 200)) . "\r\n"],
    ];
    [$code, $bytes] = pf_pick($r, $cases)();
    return [$bytes, $code];
}

/*
 * A request at or next to one of the engine's limits (head and URI size,
 * header count, body size, chunk-line and trailer length), where an
 * off-by-one would hide: the model says which side of the limit it is on.
 */
function pf_edge(Random\Randomizer $r, string $tag): string
{
    $d = $r->getInt(0, 2) ? $r->getInt(-1, 1) : $r->getInt(-3, 3); /* mostly right at the limit */
    $eol = $r->getInt(0, 3) ? "\r\n" : "\n";
    $lead = $r->getInt(0, 3) === 0 ? str_repeat($eol, $r->getInt(1, 3)) : '';
    switch ($r->getInt(0, 7)) {
        case 0: /* a head of PF_MAX_HEAD + d bytes, blank lines before it included */
            $start = "{$lead}GET /$tag HTTP/1.1{$eol}Host: x{$eol}X-Pad: ";
            $pad = PF_MAX_HEAD + $d - strlen($start) - 2 * strlen($eol);
            return $start . str_repeat('p', max(0, $pad)) . $eol . $eol;
        case 1: /* a target that (almost) fills the head */
            $fixed = strlen("{$lead}GET  HTTP/1.1{$eol}Host: x{$eol}{$eol}");
            return "{$lead}GET /" . str_repeat('u', max(0, PF_MAX_HEAD + $d - $fixed - 1)) . " HTTP/1.1{$eol}Host: x{$eol}{$eol}";
        case 2: /* PF_MAX_HEADERS + d field lines */
            return "GET /$tag HTTP/1.1{$eol}Host: x{$eol}" . str_repeat("X-N: n$eol", max(0, PF_MAX_HEADERS - 1 + $d)) . $eol;
        case 3: /* a body of PF_MAX_BODY + d bytes */
            return "POST /$tag HTTP/1.1\r\nHost: x\r\nContent-Length: " . (PF_MAX_BODY + $d) . "\r\n\r\n" . str_repeat('b', PF_MAX_BODY + $d);
        case 4: /* chunks adding up to PF_MAX_BODY + d */
            $a = $r->getInt(1, PF_MAX_BODY - 10);
            $b = PF_MAX_BODY + $d - $a;
            return "POST /$tag HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" . dechex($a) . "\r\n" . str_repeat('c', $a) . "\r\n"
                . dechex($b) . "\r\n" . str_repeat('d', $b) . "\r\n0\r\n\r\n";
        case 5: /* a chunk-size line of PF_MAX_CHUNK_LINE + d bytes (zeros, or an extension) */
            $n = PF_MAX_CHUNK_LINE + $d;
            $line = $r->getInt(0, 1) ? str_repeat('0', $n - 2) . '3' : '3;x=' . str_repeat('y', $n - 5);
            return "POST /$tag HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n$line\r\nabc\r\n0\r\n\r\n";
        case 6: /* trailers of PF_MAX_HEAD + d bytes */
            $t = 'X-T: ' . str_repeat('t', PF_MAX_HEAD + $d - 5 - 2 * strlen($eol));
            return "POST /$tag HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n$t$eol$eol";
        default: /* 16 and 17 significant hex digits, leading zeros */
            $z = str_repeat('0', $r->getInt(0, 5));
            return "POST /$tag HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n$z" . pf_pick($r, ['fffffffffffffff', 'ffffffffffffffff', '10000000000000000', '0000000000000003']) . "\r\nabc\r\n0\r\n\r\n";
    }
}

/* Byte-level damage to a request: what it does is not predicted. */
function pf_mutate(Random\Randomizer $r, string $s): string
{
    static $inserts = ["\r", "\n", "\r\n", "\0", "\x01", "\x7f", ' ', "\t", ':', "\r\n\r\n", "\r\n ", ',', ';', '0', 'f', "\xff",
        "\r\nContent-Length: 5", "\r\nTransfer-Encoding: chunked", "\r\nHost: x", "\r\nConnection: close"];
    $n = $r->getInt(1, 4);
    for ($i = 0; $i < $n; $i++) {
        $len = strlen($s);
        if ($len === 0) return $r->getBytes(4);
        $pos = $r->getInt(0, $len - 1);
        switch ($r->getInt(0, 9)) {
            case 0: $s[$pos] = chr(ord($s[$pos]) ^ (1 << $r->getInt(0, 7))); break;
            case 1: $s[$pos] = chr($r->getInt(0, 255)); break;
            case 2:
            case 3: $s = substr($s, 0, $pos) . pf_pick($r, $inserts) . substr($s, $pos); break;
            case 4: $s = substr($s, 0, $pos) . substr($s, $pos + $r->getInt(1, 8)); break;
            case 5: /* a line twice */
                $a = strrpos(substr($s, 0, $pos), "\n");
                $a = $a === false ? 0 : $a + 1;
                $b = strpos($s, "\n", $pos);
                if ($b !== false) $s = substr($s, 0, $b + 1) . substr($s, $a, $b + 1 - $a) . substr($s, $b + 1);
                break;
            case 6: /* a digit changed: lengths and chunk sizes */
                if (preg_match_all('/[0-9a-fA-F]/', $s, $m, PREG_OFFSET_CAPTURE) && $m[0]) {
                    $p = pf_pick($r, $m[0])[1];
                    $s[$p] = pf_pick($r, ['0', '1', '9', 'a', 'F', 'x', '-', ' ']);
                }
                break;
            case 7: /* a space before a colon */
                $c = strpos($s, ':', $pos);
                if ($c !== false) $s = substr($s, 0, $c) . pf_pick($r, [' ', "\t"]) . substr($s, $c);
                break;
            case 8: $s = substr($s, 0, $pos) . str_repeat($s[$pos], $r->getInt(2, $r->getInt(0, 3) ? 300 : 10000)) . substr($s, $pos + 1); break;
            case 9: $s = substr($s, 0, $r->getInt(0, $len)); break;
        }
    }
    return $s;
}

/* Random bytes, or random HTTP-ish words run together. */
function pf_random(Random\Randomizer $r): string
{
    static $words = ['GET', 'POST', 'HEAD', ' ', ' ', '/', '/x', '*', "\r\n", "\r\n", "\n", "\r", ':', ': ', 'HTTP/1.1', 'HTTP/1.0',
        'HTTP/', 'Host', 'Content-Length', 'Transfer-Encoding', 'chunked', 'Connection', 'close', 'keep-alive', 'Expect',
        '100-continue', '0', '1', '5', 'ff', '99999999999999999999', ';', '=', '"', ',', "\0", "\t", "\xff", 'a'];
    if ($r->getInt(0, 1)) return $r->getBytes($r->getInt(1, 400));
    $s = '';
    $n = $r->getInt(1, 60);
    for ($i = 0; $i < $n; $i++) $s .= pf_pick($r, $words);
    return $s;
}

/* ===================================================================== */
/* The model: what the engine answers to a byte stream                   */
/* ===================================================================== */

/*
 * An independent reading of the rules of src/http/parser.h (RFC 9112 as the
 * engine applies it), conn.h (keep-alive, nothing parsed after a close) and
 * the binding (unknown methods 501, "*" only for OPTIONS), byte by byte,
 * with the engine's limits: the head within PF_MAX_HEAD bytes (414 when the
 * target filled them, else 431), PF_MAX_HEADERS field lines, bodies up to
 * PF_MAX_BODY, chunk-size lines up to PF_MAX_CHUNK_LINE bytes, trailers up
 * to PF_MAX_HEAD bytes. Returns ['replies' => list of expected replies
 * (['code', 'echo', 'head', 'close', 'ver']), 'end' => how the stream ends:
 * 'clean' (all answered), 'close' (a request closed the connection),
 * 'error' (the last reply is an error page), 'incomplete' (the stream stops
 * inside a request: no reply for it)].
 */
const PF_MAX_HEADERS = 100;
const PF_MAX_CHUNK_LINE = 4096;

final class PfModel
{
    /* byte => class bits, built once */
    public const TCHAR = 1, TARGET = 2, VALUE = 4, HOST = 8, HEX = 16, QDTEXT = 32;
    public static array $cls = [];

    public static function init(): void
    {
        if (self::$cls) return;
        for ($b = 0; $b < 256; $b++) {
            $c = chr($b);
            $k = 0;
            if (preg_match('/^[A-Za-z0-9]$/', $c) || strpos("!#$%&'*+-.^_`|~", $c) !== false) $k |= self::TCHAR;
            if (($b > 0x20 && $b < 0x7f) || $b >= 0x80) $k |= self::TARGET;
            if (($b >= 0x20 && $b < 0x7f) || $b >= 0x80 || $b === 9) $k |= self::VALUE;
            if (preg_match('/^[A-Za-z0-9]$/', $c) || strpos("-._~!$&'()*+,;=%:[]", $c) !== false) $k |= self::HOST;
            if (preg_match('/^[A-Fa-f0-9]$/', $c)) $k |= self::HEX;
            if ($b === 9 || $b === 0x20 || $b === 0x21 || ($b >= 0x23 && $b <= 0x5b) || ($b >= 0x5d && $b <= 0x7e) || $b >= 0x80) $k |= self::QDTEXT;
            self::$cls[$b] = $k;
        }
    }
}

function pf_model(string $s): array
{
    PfModel::init();
    $out = [];
    $p = 0;
    $len = strlen($s);
    while (true) {
        if ($p >= $len) return ['replies' => $out, 'end' => 'clean'];
        $r = pf_model_request($s, $p);
        if ($r['status'] === 'incomplete') return ['replies' => $out, 'end' => 'incomplete'];
        if ($r['status'] !== 0) {
            $out[] = ['code' => $r['status'], 'echo' => null, 'head' => $r['head'] ?? false, 'close' => true, 'ver' => '1.1'];
            return ['replies' => $out, 'end' => 'error'];
        }
        $out[] = ['code' => 200, 'echo' => $r['echo'], 'head' => $r['method'] === 'HEAD', 'close' => !$r['keep'], 'ver' => $r['ver'],
            'asked_close' => $r['asked_close']];
        $p = $r['next'];
        if (!$r['keep']) return ['replies' => $out, 'end' => 'close'];
    }
}

/* Elements of a comma-separated list, OWS trimmed, empty ones skipped. */
function pf_model_list(string $v): array
{
    $out = [];
    foreach (explode(',', $v) as $e) {
        $e = trim($e, " \t");
        if ($e !== '') $out[] = $e;
    }
    return $out;
}

/* One request from $s at $p: ['status' => 0 | code | 'incomplete', ...]. */
function pf_model_request(string $s, int $p): array
{
    $cls = PfModel::$cls;
    $len = strlen($s);
    $avail = $len - $p;
    $end = $p + min($avail, PF_MAX_HEAD);
    $full = $avail >= PF_MAX_HEAD; /* the head window is full */
    $i = $p;
    $more = fn(string $where) => ['status' => $full ? ($where === 'target' ? 414 : 431) : 'incomplete'];
    /* empty lines before the request line */
    while (true) {
        if ($i >= $end) return $more('start');
        if ($s[$i] === "\n") { $i++; continue; }
        if ($s[$i] === "\r") {
            if ($i + 1 >= $end) return $more('start');
            if ($s[$i + 1] !== "\n") return ['status' => 400];
            $i += 2;
            continue;
        }
        break;
    }
    /* method SP target SP HTTP/d.d */
    $m0 = $i;
    while ($i < $end && ($cls[ord($s[$i])] & PfModel::TCHAR)) $i++;
    if ($i >= $end) return $more('method');
    if ($i === $m0 || $s[$i] !== ' ') return ['status' => 400];
    $method = substr($s, $m0, $i - $m0);
    $t0 = ++$i;
    while ($i < $end && ($cls[ord($s[$i])] & PfModel::TARGET)) $i++;
    if ($i >= $end) return $more('target');
    if ($s[$i] !== ' ' || $i === $t0) return ['status' => 400];
    $target = substr($s, $t0, $i - $t0);
    $i++;
    if ($end - $i < 9) return $more('version');
    $v = substr($s, $i, 9);
    if (!preg_match('/^HTTP\/[0-9]\.[0-9][\r\n]$/D', $v)) return ['status' => 400];
    if ($v[5] !== '1' || $v[7] > '1') return ['status' => 505];
    $minor = (int)$v[7];
    $i += 8;
    if ($s[$i] === "\r") {
        $i++;
        if ($i >= $end) return $more('rl');
        if ($s[$i] !== "\n") return ['status' => 400];
    }
    $i++;
    /* field lines */
    $n = 0;
    $hosts = 0;
    $cls_n = 0;
    $cl = null;
    $te = false;
    $chunked = 0;
    $teUnknown = false;
    $close = false;
    $keepAlive = false;
    while (true) {
        if ($i >= $end) return $more('field');
        $c = $s[$i];
        if ($c === "\r") {
            if ($i + 1 >= $end) return $more('end');
            if ($s[$i + 1] !== "\n") return ['status' => 400];
            $i += 2;
            break;
        }
        if ($c === "\n") { $i++; break; }
        if (!($cls[ord($c)] & PfModel::TCHAR)) return ['status' => 400];
        $n0 = $i;
        while ($i < $end && ($cls[ord($s[$i])] & PfModel::TCHAR)) $i++;
        if ($i >= $end) return $more('name');
        if ($s[$i] !== ':') return ['status' => 400];
        $name = strtolower(substr($s, $n0, $i - $n0));
        $i++;
        while ($i < $end && ($s[$i] === ' ' || $s[$i] === "\t")) $i++;
        if ($i >= $end) return $more('ows');
        $v0 = $i;
        while ($i < $end && ($cls[ord($s[$i])] & PfModel::VALUE)) $i++;
        if ($i >= $end) return $more('value');
        if ($s[$i] === "\r") {
            if ($i + 1 >= $end) return $more('value');
            if ($s[$i + 1] !== "\n") return ['status' => 400];
            $next = $i + 2;
        } elseif ($s[$i] === "\n") {
            $next = $i + 1;
        } else {
            return ['status' => 400];
        }
        $value = rtrim(substr($s, $v0, $i - $v0), " \t");
        $i = $next;
        if (++$n > PF_MAX_HEADERS) return ['status' => 431];
        switch ($name) {
            case 'host':
                if (++$hosts > 1) return ['status' => 400];
                for ($k = 0, $vl = strlen($value); $k < $vl; $k++) {
                    if (!($cls[ord($value[$k])] & PfModel::HOST)) return ['status' => 400];
                }
                break;
            case 'connection':
                foreach (pf_model_list($value) as $e) {
                    $e = strtolower($e);
                    if ($e === 'close') $close = true;
                    if ($e === 'keep-alive') $keepAlive = true;
                }
                break;
            case 'content-length':
                if (++$cls_n > 1 || $value === '' || !preg_match('/^[0-9]+$/D', $value)) return ['status' => 400];
                $cl = $value;
                break;
            case 'transfer-encoding':
                $te = true;
                $els = pf_model_list($value);
                if (!$els) return ['status' => 400];
                foreach ($els as $e) {
                    if (!($cls[ord($e[0])] & PfModel::TCHAR)) return ['status' => 400];
                    if (strtolower($e) === 'chunked') {
                        $chunked++;
                    } else {
                        $teUnknown = true;
                    }
                }
                break;
        }
    }
    if ($minor === 1 && $hosts === 0) return ['status' => 400];
    $body = '';
    if ($te) {
        if ($minor === 0 || $cl !== null || $chunked > 1) return ['status' => 400];
        if ($teUnknown) return ['status' => 501];
        $r = pf_model_chunked($s, $i);
        if (!is_array($r)) return ['status' => $r];
        [$body, $i] = $r;
    } elseif ($cl !== null) {
        $digits = ltrim($cl, '0');
        if (strlen($digits) > 7 || (int)$digits > PF_MAX_BODY) return ['status' => 413];
        $want = (int)$digits;
        if ($len - $i < $want) return ['status' => 'incomplete'];
        $body = substr($s, $i, $want);
        $i += $want;
    }
    /* the binding routes it */
    if (!in_array($method, PF_CMDS, true)) return ['status' => 501];
    if ($target === '*' && $method !== 'OPTIONS') return ['status' => 400, 'head' => $method === 'HEAD'];
    $keep = !$close && ($minor === 1 || $keepAlive);
    return ['status' => 0, 'method' => $method, 'ver' => "1.$minor", 'keep' => $keep, 'asked_close' => $close, 'next' => $i,
        'echo' => "$method $target " . strlen($body) . ' ' . hash('crc32b', $body)];
}

/* A chunked body from $i: [body, next] or a status ('incomplete' when the stream ends). */
function pf_model_chunked(string $s, int $i)
{
    $cls = PfModel::$cls;
    $len = strlen($s);
    $body = '';
    while (true) {
        /* chunk-size [ chunk-ext ] CRLF */
        if ($i >= $len) return 'incomplete';
        if (!($cls[ord($s[$i])] & PfModel::HEX)) return 400;
        $line = 0;
        $sig = '';
        while ($i < $len && ($cls[ord($s[$i])] & PfModel::HEX)) {
            if (strlen($sig) >= 16) return 400; /* beyond 64 bits */
            if (++$line > PF_MAX_CHUNK_LINE) return 400;
            if ($sig !== '' || $s[$i] !== '0') $sig .= $s[$i];
            $i++;
        }
        $r = pf_model_chunk_ext($s, $i, $line);
        if (!is_int($r) || $r < 0) return is_int($r) ? -$r : $r;
        $i = $r;
        if ($i >= $len) return 'incomplete';
        if ($s[$i] !== "\n") return 400;
        $i++;
        if ($sig === '') break;
        if (strlen($sig) > 7 || hexdec($sig) > PF_MAX_BODY - strlen($body)) return 413;
        $size = hexdec($sig);
        if ($len - $i < $size) return 'incomplete';
        $body .= substr($s, $i, $size);
        $i += $size;
        if ($i >= $len) return 'incomplete';
        if ($s[$i] !== "\r") return 400;
        if (++$i >= $len) return 'incomplete';
        if ($s[$i] !== "\n") return 400;
        $i++;
    }
    /* trailer fields, then the empty line */
    $count = 0;
    while (true) {
        $c = pf_model_trailer_byte($s, $i, $count);
        if (!is_string($c)) return $c ?? 'incomplete';
        if ($c === "\n") return [$body, $i + 1];
        if ($c === "\r") {
            $c = pf_model_trailer_byte($s, ++$i, $count);
            if (!is_string($c)) return $c ?? 'incomplete';
            return $c === "\n" ? [$body, $i + 1] : 400;
        }
        if (!($cls[ord($c)] & PfModel::TCHAR)) return 400;
        /* name */
        do {
            $c = pf_model_trailer_byte($s, ++$i, $count);
            if (!is_string($c)) return $c ?? 'incomplete';
            if ($c !== ':' && !($cls[ord($c)] & PfModel::TCHAR)) return 400;
        } while ($c !== ':');
        /* value, up to CRLF or LF */
        while (true) {
            $c = pf_model_trailer_byte($s, ++$i, $count);
            if (!is_string($c)) return $c ?? 'incomplete';
            if ($c === "\n") break;
            if ($c === "\r") {
                $c = pf_model_trailer_byte($s, ++$i, $count);
                if (!is_string($c)) return $c ?? 'incomplete';
                if ($c !== "\n") return 400;
                break;
            }
            if (!($cls[ord($c)] & PfModel::VALUE)) return 400;
        }
        $i++;
    }
}

/* The trailers' byte at $i, counted against the head's limit: the byte,
 * 431 past the limit, or null where the stream ends. */
function pf_model_trailer_byte(string $s, int $i, int &$count): string|int|null
{
    if ($i >= strlen($s)) return null;
    if (++$count > PF_MAX_HEAD) return 431;
    return $s[$i];
}

/*
 * The chunk extensions after the size, up to and including the CR
 * (RFC 9112 7.1.1: *( BWS ";" BWS name [ BWS "=" BWS value ] ), value a
 * token or a quoted-string; whitespace only where more follows).
 * Returns the position after the CR, -status, or 'incomplete'.
 */
function pf_model_chunk_ext(string $s, int $i, int $line)
{
    $cls = PfModel::$cls;
    $len = strlen($s);
    $st = 'after';
    while (true) {
        if ($i >= $len) return 'incomplete';
        if (++$line > PF_MAX_CHUNK_LINE) return -400;
        $c = $s[$i++];
        $k = $cls[ord($c)];
        $ws = $c === ' ' || $c === "\t";
        again:
        switch ($st) {
            case 'after':
                if ($ws) { $st = 'ws'; break; }
                if ($c === ';') { $st = 'bws1'; break; }
                return $c === "\r" ? $i : -400;
            case 'ws':
                if ($ws) break;
                if ($c === ';') { $st = 'bws1'; break; }
                return -400;
            case 'bws1':
                if ($ws) break;
                if ($k & PfModel::TCHAR) { $st = 'name'; break; }
                return -400;
            case 'name':
                if ($k & PfModel::TCHAR) break;
                if ($c === '=') { $st = 'bws3'; break; }
                if ($ws) { $st = 'bws2'; break; }
                $st = 'after';
                goto again;
            case 'bws2':
                if ($ws) break;
                if ($c === '=') { $st = 'bws3'; break; }
                if ($c === ';') { $st = 'bws1'; break; }
                return -400;
            case 'bws3':
                if ($ws) break;
                if ($c === '"') { $st = 'quoted'; break; }
                if ($k & PfModel::TCHAR) { $st = 'vtoken'; break; }
                return -400;
            case 'vtoken':
                if ($k & PfModel::TCHAR) break;
                $st = 'after';
                goto again;
            case 'quoted':
                if ($c === '"') { $st = 'after'; break; }
                if ($c === '\\') { $st = 'qesc'; break; }
                if ($k & PfModel::QDTEXT) break;
                return -400;
            case 'qesc':
                if ($c === "\t" || (ord($c) >= 0x20 && ord($c) !== 0x7f)) { $st = 'quoted'; break; }
                return -400;
        }
    }
}

/* ===================================================================== */
/* Client                                                                */
/* ===================================================================== */

final class PfConn extends HttpFuzzConn
{
    public string $stream = '';
    /* $expect: list<array{echo:string, head:bool, close:bool, ver:string}>, the valid prefix */
    /* after the prefix: 'open' (nothing), 'close' (the last expected one
     * closes), 'error' (a crafted bad request, $errorCode), 'unknown' */
    public string $tail = 'open';
    public int $errorCode = 0;
    /* requests sent: the valid prefix, and the rest by what they are ('after': valid requests past it) */
    public array $counts = ['valid' => 0, 'bad' => 0, 'mutated' => 0, 'random' => 0, 'edge' => 0, 'after' => 0];
    public bool $halfClose = true;   /* shutdown(SHUT_WR) once everything is written */
    public string $how = 'fin';      /* how the client closes when it is done first */
    public int $split = 0;           /* write sizes: 0 whole, 1 up to 2048, 2 up to 16, 3 from a list */
    public int $pauses = 0;          /* pauses left between pieces */
    /* bytes to write before waiting for "100 Continue" (-1: no wait) */
    public int $holdAt = -1;
    public float $holdSince = 0.0;
    public int $waitAt = -1;         /* bytes to write before waiting for $waitReplies replies */
    public int $waitReplies = 0;
    public int $continues = 0;       /* 1xx replies received */
    public int $continuesBefore = 0;
    public ?Random\Randomizer $r = null;
    /** pf_model() of the stream: the replies it is owed, how it ends */
    public array $model = [];
    /* where the model and the generator's intent disagree (a fuzzer bug) */
    public ?string $selfCheck = null;

    public int $outPos = 0;
    public bool $shut = false;
    public ?string $garbage = null;
    /** @var list<array{code:int, ver:string, body:string, head:bool, close:bool}> */
    public array $replies = [];
}

function pf_conn_rng(int $seed, int $index): Random\Randomizer
{
    return new Random\Randomizer(new Random\Engine\Mt19937(crc32("$seed/$index")));
}

/* The stream of connection $index of $seed. */
function pf_make_conn(int $seed, int $index): PfConn
{
    $r = pf_conn_rng($seed, $index);
    $c = new PfConn();
    $c->index = $index;
    $c->r = $r;
    $tag = base_convert((string)$index, 10, 36);
    $n = $r->getInt(0, 9) < 4 ? $r->getInt(0, 3) : $r->getInt(4, 30);
    $kind = pf_weighted($r, ['valid' => 20, 'close' => 6, 'bad' => 26, 'mutated' => 18, 'random' => 8, 'edge' => 8, 'mixed' => 12, 'expect' => 2]);
    if ($kind === 'valid' && $n === 0) $n = 1;
    if ($kind === 'close' && $n === 0) $n = 1;
    $c->kind = $kind;
    $s = '';
    if ($kind === 'expect') $n = $r->getInt(0, 1) ? 0 : $r->getInt(1, 5);
    for ($i = 0; $i < $n; $i++) {
        $last = $kind === 'close' && $i === $n - 1;
        [$bytes, $e] = pf_valid($r, "$tag.$i", $last);
        $s .= $bytes;
        $c->expect[] = $e;
        $c->counts['valid']++;
    }
    switch ($kind) {
        case 'expect':
            /* once the prefix is answered, the head alone: the server must
             * answer 100 Continue before the client sends the body */
            [$bytes, $e] = pf_valid($r, "$tag.x", false, true);
            $c->waitAt = strlen($s);
            $c->waitReplies = $n;
            $c->holdAt = strlen($s) + $e['headlen'];
            $s .= $bytes;
            $c->expect[] = $e;
            $c->counts['valid']++;
            $m = $r->getInt(0, 3);
            for ($i = 0; $i < $m; $i++) {
                [$bytes, $e] = pf_valid($r, "$tag.y$i", false);
                $s .= $bytes;
                $c->expect[] = $e;
                $c->counts['valid']++;
            }
            $c->tail = 'open';
            $c->halfClose = $r->getInt(0, 1) === 1;
            break;
        case 'valid':
            $c->tail = 'open';
            $c->halfClose = $r->getInt(0, 1) === 1;
            break;
        case 'close':
            $c->tail = 'close';
            break;
        case 'bad':
            [$bytes, $code] = pf_bad($r, "$tag.$n");
            $s .= $bytes;
            $c->tail = 'error';
            $c->errorCode = $code;
            $c->counts['bad']++;
            break;
        case 'mutated':
            $s .= pf_mutate($r, pf_valid($r, "$tag.$n", false)[0]);
            $c->tail = 'unknown';
            $c->counts['mutated']++;
            break;
        case 'random':
            $s .= pf_random($r);
            $c->tail = 'unknown';
            $c->counts['random']++;
            break;
        case 'edge':
            $s .= pf_edge($r, "$tag.$n");
            $c->tail = 'unknown';
            $c->counts['edge']++;
            break;
        case 'mixed':
            /* damaged and bad requests anywhere: the model says what each does */
            $m = $r->getInt(1, 30);
            for ($i = 0; $i < $m; $i++) {
                $what = pf_weighted($r, ['valid' => 70, 'mutated' => 16, 'bad' => 4, 'random' => 3, 'edge' => 7]);
                $t = "$tag.m$i";
                $s .= match ($what) {
                    'valid' => pf_valid($r, $t, $r->getInt(0, 40) === 0)[0],
                    'mutated' => pf_mutate($r, pf_valid($r, $t, false)[0]),
                    'bad' => pf_bad($r, $t)[0],
                    'random' => pf_random($r),
                    'edge' => pf_edge($r, $t),
                };
                $c->counts[$what === 'valid' ? 'after' : $what]++;
            }
            $c->tail = 'unknown';
            break;
    }
    if ($r->getInt(0, 99) === 0 && strlen(([$bytes, $e] = pf_valid($r, "$tag.pile", false))[0]) < 3000) {
        /* 300 more in one go: a deep pipeline, or after the end more than
         * the engine keeps unparsed (HC_MAX_UNPARSED) */
        $s .= str_repeat($bytes, 300);
        if ($c->tail === 'open') {
            array_push($c->expect, ...array_fill(0, 300, $e));
            $c->counts['valid'] += 300;
        } else {
            $c->counts['after'] += 300;
        }
    }
    if (!in_array($kind, ['valid', 'mixed', 'expect'], true)) {
        /* what follows the end must not be answered (or, after damage, may be) */
        $m = $r->getInt(0, 2) ? $r->getInt(0, 3) : 0;
        for ($i = 1; $i <= $m; $i++) {
            $s .= pf_valid($r, "$tag.after$i", false)[0];
            $c->counts['after']++;
        }
    }
    $c->stream = $s;
    $c->model = pf_model($s);
    $c->selfCheck = pf_self_check($c);
    $c->requests = array_sum($c->counts);
    $c->how = $r->getInt(0, 3) ? 'fin' : 'rst';
    $len = strlen($s);
    $c->split = pf_weighted($r, [0 => 25, 1 => 45, 2 => $len <= 3000 ? 15 : 0, 3 => 15]);
    $c->pauses = $r->getInt(0, 6) === 0 ? $r->getInt(1, 8) : 0;
    return $c;
}

/*
 * The model must agree with what the generator meant: the valid prefix
 * answered as built, a closing request closing, a crafted bad request
 * getting its status. Returns the disagreement, or null.
 */
function pf_self_check(PfConn $c): ?string
{
    $m = $c->model['replies'];
    foreach ($c->expect as $i => $e) {
        $g = $m[$i] ?? null;
        if ($g === null || $g['code'] !== 200 || $g['echo'] !== $e['echo'] || $g['head'] !== $e['head'] || $g['close'] !== $e['close'] || $g['ver'] !== $e['ver']) {
            return "valid request $i: the model says " . json_encode($g, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_SLASHES) . ', built as ' . json_encode($e, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_SLASHES);
        }
    }
    $n = count($c->expect);
    $end = $c->model['end'];
    switch ($c->tail) {
        case 'open':
            return $end === 'clean' && count($m) === $n ? null : "valid stream: the model ends '$end' after " . count($m) . " replies, not clean after $n";
        case 'close':
            return $end === 'close' && count($m) === $n ? null : "closing stream: the model ends '$end' after " . count($m) . " replies, not closed after $n";
        case 'error':
            return $end === 'error' && count($m) === $n + 1 && $m[$n]['code'] === $c->errorCode ? null
                : "bad request built for {$c->errorCode}: the model ends '$end' after " . count($m) . ' replies, the last ' . (end($m)['code'] ?? 'none');
    }
    return null;
}

/* The size of the next piece to write. */
function pf_piece(PfConn $c, int $left): int
{
    $r = $c->r;
    switch ($c->split) {
        case 0: return $left;
        case 1: return min($left, $r->getInt(1, 2048));
        case 2: return min($left, $r->getInt(1, 16));
        default: return min($left, pf_pick($r, [1, 2, 3, 7, 100, 1000, 4096, 65536]));
    }
}

/*
 * Parses the replies that are complete in $c->in. Sets $c->garbage when the
 * bytes are not an HTTP/1.x response.
 */
function pf_parse(PfConn $c): void
{
    $buf = $c->in;
    $blen = strlen($buf);
    while ($c->garbage === null && $c->parsePos < $blen) {
        $p = $c->parsePos;
        $hend = strpos($buf, "\r\n\r\n", $p);
        if ($hend === false) {
            $have = min(9, $blen - $p);
            if (substr($buf, $p, $have) !== substr('HTTP/1.1 ', 0, $have) && substr($buf, $p, $have) !== substr('HTTP/1.0 ', 0, $have)) {
                $c->garbage = 'not a status line';
            } elseif ($blen - $p > 65536) {
                $c->garbage = 'a response head over 64 KiB';
            }
            return;
        }
        $head = substr($buf, $p, $hend - $p);
        if (!preg_match('/^HTTP\/1\.([01]) ([1-5]\d\d) [^\r\n]*(?:\r\n[!#$%&\'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*)*$/D', $head, $m)) {
            $c->garbage = 'malformed response head';
            return;
        }
        $code = (int)$m[2];
        $ver = "1.$m[1]";
        $bstart = $hend + 4;
        if ($code < 200) { /* 100 Continue */
            $c->continues++;
            $c->parsePos = $bstart;
            continue;
        }
        /* a HEAD request's reply has no body: the handler's say so, an error's the model knows */
        $isHead = stripos($head, "\r\nX-Head:") !== false || ($code >= 400 && ($c->model['replies'][count($c->replies)]['head'] ?? false));
        $close = preg_match('~\r\nConnection:[ \t]*close[ \t]*(\r|$)~i', $head) === 1;
        $cl = preg_match('~\r\nContent-Length:[ \t]*(\d+)~i', $head, $mm) ? (int)$mm[1] : null;
        if (stripos($head, "\r\nTransfer-Encoding:") !== false) {
            $c->garbage = 'a chunked reply from a handler that sends none';
            return;
        }
        if ($isHead || $code === 204 || $code === 304) {
            $body = '';
            $end = $bstart;
        } elseif ($cl !== null) {
            if ($blen < $bstart + $cl) return;
            $body = substr($buf, $bstart, $cl);
            $end = $bstart + $cl;
        } else { /* close-delimited */
            if (!$c->eof) return;
            $body = substr($buf, $bstart);
            $end = $blen;
        }
        $c->replies[] = ['code' => $code, 'ver' => $ver, 'body' => $body, 'head' => $isHead, 'close' => $close];
        $c->parsePos = $end;
    }
}

/* Whether a 200 body is the handler's echo of a request the engine may parse. */
function pf_plausible_echo(string $body): bool
{
    return (bool)preg_match('~^(GET|HEAD|POST|PUT|DELETE|OPTIONS|TRACE|CONNECT|PATCH) [\x21-\x7e\x80-\xff]+ \d+ [0-9a-f]{8}$~D', $body);
}

/* Checks a finished connection against the model; returns what is wrong, or null. */
function pf_check(PfConn $c): ?string
{
    if ($c->garbage !== null) return "unparsable reply ({$c->garbage}) at byte {$c->parsePos}";
    if ($c->parsePos < strlen($c->in)) {
        return ($c->eof ? 'the server closed inside a reply' : 'an incomplete reply') . ' (' . (strlen($c->in) - $c->parsePos) . ' bytes left)';
    }
    $got = $c->replies;
    $want = $c->model['replies'];
    $n = count($c->expect);
    foreach ($want as $i => $e) {
        $where = $i < $n ? "reply $i (to valid request $i)" : "reply $i (after the valid prefix of $n, {$c->kind})";
        $g = $got[$i] ?? null;
        if ($g === null) {
            return "$where missing: expected {$e['code']}, got " . count($got) . ' replies' . ($c->eof ? ', server closed' : '') . ($c->reset ? ', reset' : '');
        }
        if ($g['code'] !== $e['code']) return "$where: status {$g['code']}, expected {$e['code']}";
        if ($e['code'] !== 200) {
            if (!$g['close']) return "$where: error {$g['code']} without Connection: close";
            continue;
        }
        if ($g['ver'] !== $e['ver']) return "$where: HTTP/{$g['ver']} to an HTTP/{$e['ver']} request";
        if ($g['head'] !== $e['head']) return "$where: " . ($e['head'] ? 'no X-Head for a HEAD request' : 'X-Head for a non-HEAD request');
        if (!$e['head'] && $g['body'] !== $e['echo']) {
            return "$where: body " . json_encode(substr($g['body'], 0, 150), JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_SLASHES) . ', expected ' . json_encode(substr($e['echo'], 0, 150), JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_SLASHES);
        }
        if ($g['close'] !== $e['asked_close']) {
            return "$where: " . ($g['close'] ? 'Connection: close, not asked for' : 'no Connection: close, asked for');
        }
    }
    if (count($got) > count($want)) {
        return (count($got) - count($want)) . ' replies more than expected (' . count($want) . ", the stream ends '{$c->model['end']}'), the first extra one " . $got[count($want)]['code'];
    }
    if (($c->model['end'] !== 'clean' || $c->halfClose) && !$c->eof) {
        return "the server did not close (the stream ends '{$c->model['end']}'" . ($c->shut ? ', the client sent FIN' : '') . ')';
    }
    return null;
}

final class PfClient extends HttpFuzzClient
{
    public array $stats = ['connections' => 0, 'requests' => 0, 'sent' => ['valid' => 0, 'bad' => 0, 'mutated' => 0, 'random' => 0, 'edge' => 0, 'after' => 0],
        'kinds' => [], 'replies' => 0, 'echoes' => 0, 'statuses' => [], 'valid_answered' => 0, 'resets' => 0,
        'write_failed' => 0, 'connect_retries' => 0, 'bytes_sent' => 0, 'aborted' => 0, 'self_check' => 0, 'tail_replies' => 0, 'continues' => 0,
        'model_ends' => []];
    protected bool $noDelay = true;
    protected float $tick = 0.02;

    public function __construct(int $port, float $slow, public float $deadline, bool $verbose)
    {
        parent::__construct($port, $slow, $verbose);
    }

    protected function evidence(HttpFuzzConn $c): array
    {
        return ['sent' => pf_show($c->stream, 700), 'got' => pf_show($c->in, 700)];
    }

    protected function received(HttpFuzzConn $c): void
    {
        pf_parse($c);
    }

    private function finish(PfConn $c, string $how, bool $aborted = false): void
    {
        $this->closeSocket($c, $how);
        pf_parse($c);
        $st = &$this->stats;
        $st['connections']++;
        $st['requests'] += $c->requests;
        foreach ($c->counts as $k => $v) $st['sent'][$k] += $v;
        $st['kinds'][$c->kind] = ($st['kinds'][$c->kind] ?? 0) + 1;
        $st['model_ends'][$c->model['end']] = ($st['model_ends'][$c->model['end']] ?? 0) + 1;
        $st['replies'] += count($c->replies);
        $st['bytes_sent'] += $c->outPos;
        if ($c->reset) $st['resets']++;
        if ($c->writeFailed) $st['write_failed']++;
        foreach ($c->replies as $g) {
            $st['statuses'][$g['code']] = ($st['statuses'][$g['code']] ?? 0) + 1;
            if ($g['code'] === 200) $st['echoes']++;
        }
        if ($c->selfCheck !== null) {
            $st['self_check']++;
            $this->anomaly($c, 'fuzzer self-check: ' . $c->selfCheck);
        }
        if ($aborted) {
            $st['aborted']++;
        } else {
            $why = pf_check($c);
            if ($why !== null) {
                $this->anomaly($c, $why);
            } else {
                $st['valid_answered'] += count($c->expect);
                $st['tail_replies'] += count($c->model['replies']) - count($c->expect);
            }
        }
        if ($this->verbose) {
            $this->replayed[] = ['conn' => $c->index, 'kind' => $c->kind, 'tail' => $c->tail, 'error' => $c->errorCode,
                'split' => $c->split, 'sent' => pf_show($c->stream, 100000), 'got' => pf_show($c->in, 100000),
                'eof' => $c->eof, 'reset' => $c->reset, 'replies' => array_map(fn($g) => $g['code'], $c->replies),
                'model' => ['end' => $c->model['end'], 'replies' => array_map(fn($g) => $g['code'], $c->model['replies'])]];
        }
        $c->r = null;
    }

    private function writeSome(PfConn $c, float $now): void
    {
        $len = strlen($c->stream);
        while ($c->outPos < $len && !$c->writeFailed) {
            if ($c->wakeAt > $now) return;
            $n = pf_piece($c, $len - $c->outPos);
            if ($c->waitAt >= 0) {
                if ($c->outPos >= $c->waitAt) {
                    if (count($c->replies) < $c->waitReplies && !$c->eof) return; /* the reader calls again */
                    $c->waitAt = -1;
                    $c->continuesBefore = $c->continues;
                } else {
                    $n = min($n, $c->waitAt - $c->outPos);
                }
            }
            if ($c->holdAt >= 0 && $c->waitAt < 0) {
                if ($c->outPos >= $c->holdAt) {
                    if ($c->holdSince === 0.0) $c->holdSince = $now;
                    if ($c->continues > $c->continuesBefore) {
                        $this->stats['continues']++;
                    } elseif ($now - $c->holdSince < 2 * $this->slow && !$c->eof) {
                        return; /* the reader calls again */
                    } else {
                        $this->anomaly($c, 'no "100 Continue" after the head of an Expect: 100-continue request (got ' . json_encode(pf_show(substr($c->in, $c->parsePos), 80)) . ')');
                    }
                    $c->holdAt = -1;
                } else {
                    $n = min($n, $c->holdAt - $c->outPos);
                }
            }
            $w = @socket_write($c->sock, $n === $len ? $c->stream : substr($c->stream, $c->outPos, $n), $n);
            if ($w === false) {
                if (fuzz_would_block($c->sock)) return;
                $c->writeFailed = true; /* the server closed: what it said is still to be read */
                return;
            }
            $c->outPos += $w;
            if ($w < $n) return; /* the socket is full */
            if ($c->pauses > 0 && $c->r->getInt(0, 2) === 0) {
                $c->pauses--;
                $c->wakeAt = $now + $c->r->getInt(1, 3) / 1000;
                return;
            }
        }
    }

    /* Runs one connection as far as it goes now; true when it is done. */
    private function advance(PfConn $c, float $now): bool
    {
        if ($now - $c->startedAt > $this->deadline * $this->slow) {
            pf_parse($c);
            $this->anomaly($c, sprintf('hang: not done after %.1f s (%d of %d bytes written%s, %d replies of %d owed, %s)',
                $now - $c->startedAt, $c->outPos, strlen($c->stream), $c->shut ? ', FIN sent' : '', count($c->replies), count($c->model['replies']),
                $c->eof ? 'server closed' : 'server still open'));
            $this->finish($c, 'rst', true);
            return true;
        }
        if (!$c->eof) $this->writeSome($c, $now);
        $allWritten = $c->outPos >= strlen($c->stream) || $c->writeFailed;
        if ($c->eof) {
            $this->finish($c, 'fin');
            return true;
        }
        if (!$allWritten) return false;
        if ($c->tail === 'open' && !$c->halfClose && count($c->replies) >= count($c->model['replies'])) {
            $this->finish($c, $c->how);
            return true;
        }
        if ($c->garbage !== null) {
            $this->finish($c, 'rst');
            return true;
        }
        if (!$c->shut && ($c->halfClose || $c->tail !== 'open')) {
            @socket_shutdown($c->sock, 1);
            $c->shut = true;
        }
        return false;
    }

    protected function step(HttpFuzzConn $c, float $now): bool
    {
        if ($c->connected) return $this->advance($c, $now);
        if ($now - $c->startedAt <= $this->deadline * $this->slow) return false;
        $this->anomaly($c, 'connect not done after ' . round($now - $c->startedAt, 1) . ' s');
        $this->finish($c, 'rst', true);
        return true;
    }

    protected function poll(HttpFuzzConn $c, float $now, float &$wait): bool
    {
        /* waiting for replies or for 100 Continue: reads wake it */
        $held = ($c->waitAt >= 0 && $c->outPos >= $c->waitAt) || ($c->waitAt < 0 && $c->holdAt >= 0 && $c->outPos >= $c->holdAt);
        if ($c->connected && ($c->outPos >= strlen($c->stream) || $c->writeFailed || $c->eof || $held)) return false;
        if ($c->wakeAt <= $now) return true;
        $wait = min($wait, $c->wakeAt - $now);
        return false;
    }

    protected function abort(HttpFuzzConn $c): void
    {
        $this->finish($c, 'rst', true);
    }
}

function pf_show(string $s, int $max): string
{
    $e = addcslashes(strlen($s) > $max ? substr($s, 0, $max) : $s, "\0..\37\177..\377");
    return strlen($s) > $max ? $e . '...[' . strlen($s) . ' bytes]' : $e;
}

/* Connections of one client: from index $first, until $count requests. */
function pf_conns(int $seed, int $first, int $count, ?int $only): Generator
{
    if ($only !== null) {
        yield pf_make_conn($seed, $only);
        return;
    }
    $sent = 0;
    for ($i = $first; $sent < $count; $i++) {
        $c = pf_make_conn($seed, $i);
        $sent += $c->requests;
        yield $c;
    }
}

function pf_client_main(array $o): int
{
    $t0 = microtime(true);
    $cl = new PfClient($o['port'], $o['slow'], $o['conn-deadline'], $o['verbose']);
    $ok = $cl->run(pf_conns($o['seed'], $o['first'], $o['requests'], $o['replay']), $o['concurrency'], $o['time-limit']);
    return $cl->report($ok, $t0);
}

/* ===================================================================== */
/* Server                                                                */
/* ===================================================================== */

final class PfSrv
{
    public static EventBase $base;
    public static EventHttp $http;
    public static int $port;
    public static int $handled = 0;
    public static array $v = [];
    public static int $vCount = 0;
}

function pf_violation(string $what): void
{
    PfSrv::$vCount++;
    if (count(PfSrv::$v) < 30) PfSrv::$v[] = $what;
}

function pf_handler(EventHttpRequest $req): void
{
    $k = ++PfSrv::$handled;
    $in = $req->getInputBuffer();
    $n = $in->length;
    $body = $n ? $in->read($n) : '';
    $cmd = $req->getCommand();
    if (($k & 7) === 0) {
        /* what PHP is handed: names are tokens, values have no controls */
        foreach ($req->getInputHeaders() as $name => $value) {
            if (!preg_match('/^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$/D', (string)$name) || preg_match('/[\x00-\x08\x0a-\x1f\x7f]/', (string)$value)) {
                pf_violation('a header handed to PHP is not well-formed: ' . pf_show($name . ': ' . $value, 200));
            }
        }
    }
    $b = new EventBuffer();
    $b->add((PF_CMDS[$cmd] ?? "CMD$cmd") . ' ' . $req->getUri() . " $n " . hash('crc32b', $body));
    if ($cmd === EventHttpRequest::CMD_HEAD) $req->addHeader('X-Head', '1', EventHttpRequest::OUTPUT_HEADER);
    $req->sendReply(200, 'OK', $b);
}

function pf_server_setup(): void
{
    set_error_handler(function (int $no, string $msg, string $file, int $line): bool {
        pf_violation("PHP error $no: $msg at $file:$line");
        return true;
    });
    PfSrv::$base = new EventBase();
    [PfSrv::$http, PfSrv::$port] = fuzz_http_listen(PfSrv::$base, 512);
    PfSrv::$http->setMaxBodySize(PF_MAX_BODY);
    PfSrv::$http->setMaxHeadersSize(PF_MAX_HEAD);
    PfSrv::$http->setTimeout(PF_SERVER_TIMEOUT);
    PfSrv::$http->setAllowedMethods(array_sum(array_keys(PF_CMDS)));
    PfSrv::$http->setDefaultCallback('pf_handler');
}

/* Runs client processes (one per element of $argsList) until all exited;
 * returns their reports. */
function pf_run_clients(string $name, array $argsList, float $timeLimit): array
{
    $procs = [];
    foreach ($argsList as $i => $args) {
        $out = tempnam(sys_get_temp_dir(), 'hpf');
        $err = tempnam(sys_get_temp_dir(), 'hpf');
        $p = fuzz_start_client(PfSrv::$port, array_merge(['--mode=parser'], $args), $out, $err);
        if (!$p) {
            pf_violation("$name: could not start client $i");
            continue;
        }
        $procs[$i] = ['p' => $p, 'out' => $out, 'err' => $err, 'running' => true, 'code' => null];
    }
    $t0 = microtime(true);
    $timedOut = false;
    $tick = new Event(PfSrv::$base, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$procs, $t0, $timeLimit, &$timedOut) {
        $running = 0;
        foreach ($procs as &$pr) {
            if (!$pr['running']) continue;
            $st = proc_get_status($pr['p']);
            if ($st['running']) {
                $running++;
                if (microtime(true) - $t0 > $timeLimit) {
                    $timedOut = true;
                    proc_terminate($pr['p'], 9);
                }
            } else {
                $pr['running'] = false;
                $pr['code'] = $st['exitcode'];
            }
        }
        unset($pr);
        if ($running === 0) PfSrv::$base->exit();
    });
    fuzz_loop_until(PfSrv::$base, $tick, 0.05, $name, 'pf_violation');
    fuzz_settle(PfSrv::$base, 50, 2000);
    if ($timedOut) pf_violation("$name: a client did not finish within $timeLimit s (killed)");
    $reports = [];
    foreach ($procs as $i => $pr) {
        proc_close($pr['p']);
        $rep = fuzz_client_report("$name: client $i", $pr['out'], $pr['err'], $pr['code'], 'pf_violation');
        if ($rep !== null) $reports[] = $rep;
    }
    return $reports;
}

/* $from's numbers added into $into, nested arrays key by key. */
function pf_add(array &$into, array $from): void
{
    foreach ($from as $k => $v) {
        if (is_array($v)) {
            $into[$k] ??= [];
            pf_add($into[$k], $v);
        } else {
            $into[$k] = ($into[$k] ?? 0) + $v;
        }
    }
}

/* The client reports' stats added up. */
function pf_sum(array $reports): array
{
    $sum = [];
    foreach ($reports as $r) pf_add($sum, $r['stats']);
    if (isset($sum['statuses'])) ksort($sum['statuses']);
    return $sum;
}

function pf_server_main(array $o): int
{
    $T0 = microtime(true);
    pf_server_setup();
    $slow = (string)$o['slow'];
    $common = ["--slow=$slow", "--conn-deadline={$o['conn-deadline']}", "--concurrency={$o['concurrency']}", "--time-limit={$o['time-limit']}"];
    if ($o['replay'] !== null) {
        $reps = pf_run_clients('replay', [array_merge(["--seed={$o['seed']}", "--replay={$o['replay']}", '--verbose'], $common)], 60);
        echo json_encode($reps, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
        echo json_encode(['handled' => PfSrv::$handled, 'violations' => PfSrv::$v], JSON_PRETTY_PRINT), "\n";
        return PfSrv::$vCount ? 1 : 0;
    }
    $warmup = $o['warmup'] ?? max(500, min(20000, intdiv($o['requests'], 50)));
    printf("http_fuzz parser mode: seed %d, %d requests (+%d warm-up), %d clients x %d connections, port %d, PHP %s, slow x%s\n",
        $o['seed'], $o['requests'], $warmup, $o['clients'], $o['concurrency'], PfSrv::$port, PHP_VERSION, $slow);

    /* the warm-up's connections are numbered apart from the main run's */
    $warm = pf_run_clients('warm-up', [array_merge(["--seed={$o['seed']}", '--first=100000000', "--requests=$warmup"], $common)], $o['time-limit']);
    gc_collect_cycles();
    $mem0 = memory_get_usage();
    $handled0 = PfSrv::$handled;
    $t1 = microtime(true);

    /* each client its own range of connection indexes */
    $per = intdiv($o['requests'] + $o['clients'] - 1, $o['clients']);
    $args = [];
    for ($i = 0; $i < $o['clients']; $i++) {
        $args[] = array_merge(["--seed={$o['seed']}", '--first=' . ($i * 10000000), "--requests=$per"], $common);
    }
    $main = pf_run_clients('main', $args, $o['time-limit']);
    $t2 = microtime(true);
    gc_collect_cycles();
    $mem1 = memory_get_usage();
    $handledMain = PfSrv::$handled - $handled0;

    $sockets = port_sockets(PfSrv::$port);
    foreach (fuzz_leftovers($sockets, $mem0, $mem1) as $v) pf_violation($v);
    $s = pf_sum($main);
    $w = pf_sum($warm);
    /* every handler call's reply reached its client, unless a connection was cut short */
    if (($s['aborted'] ?? 0) === 0 && $handledMain !== ($s['echoes'] ?? -1)) {
        pf_violation("the handler ran $handledMain times in the main run, the clients got " . ($s['echoes'] ?? 0) . ' echoes');
    }
    $dt = $t2 - $t1;
    $lines = [
        'time' => sprintf('total %.1f s (warm-up %.1f s, main %.1f s); main: %.0f requests/s', microtime(true) - $T0, $t1 - $T0, $dt, ($s['requests'] ?? 0) / max($dt, 0.001)),
        'sent' => sprintf('%d requests on %d connections (%d in valid prefixes; past them %d valid, %d bad, %d mutated, %d random, %d at a limit), %.1f MB',
            $s['requests'] ?? 0, $s['connections'] ?? 0, $s['sent']['valid'] ?? 0, $s['sent']['after'] ?? 0, $s['sent']['bad'] ?? 0, $s['sent']['mutated'] ?? 0,
            $s['sent']['random'] ?? 0, $s['sent']['edge'] ?? 0, ($s['bytes_sent'] ?? 0) / 1e6),
        'replies' => sprintf('%d replies (%d handler echoes; the handler ran %d times), %d valid requests answered as promised, statuses %s',
            $s['replies'] ?? 0, $s['echoes'] ?? 0, $handledMain, $s['valid_answered'] ?? 0, json_encode($s['statuses'] ?? [])),
        'model' => sprintf('%d replies past the valid prefixes as the model predicted; streams end %s; %d generator/model disagreements',
            $s['tail_replies'] ?? 0, json_encode($s['model_ends'] ?? []), $s['self_check'] ?? 0),
        'expect' => sprintf('%d "100 Continue" received before the body was sent', $s['continues'] ?? 0),
        'conns' => sprintf('kinds %s; %d reset by the server, %d writes refused (server closed first), %d cut short, %d connect retries',
            json_encode($s['kinds'] ?? []), $s['resets'] ?? 0, $s['write_failed'] ?? 0, $s['aborted'] ?? 0, $s['connect_retries'] ?? 0),
        'warm-up' => sprintf('%d requests, %d replies', $w['requests'] ?? 0, $w['replies'] ?? 0),
        'memory' => sprintf('after warm-up %d, after run %d (%+d bytes), peak %d', $mem0, $mem1, $mem1 - $mem0, memory_get_peak_usage()),
        'sockets' => 'server port states at the end: ' . json_encode($sockets),
    ];
    foreach ($lines as $k => $v) printf("  %-8s %s\n", $k . ':', $v);
    foreach (array_merge($warm, $main) as $rep) {
        foreach ($rep['anomalies'] ?? [] as $a) {
            echo "  ANOMALY conn {$a['conn']} ({$a['kind']}): {$a['what']}\n    replay: --mode=parser --seed={$o['seed']} --replay={$a['conn']}\n    sent: {$a['sent']}\n    got: {$a['got']}\n";
        }
    }
    return fuzz_verdict(PfSrv::$vCount, PfSrv::$v);
}

function pf_main(): int
{
    $o = pf_opts();
    return $o['client'] ? pf_client_main($o) : pf_server_main($o);
}
