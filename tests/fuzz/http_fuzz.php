<?php
/*
 * HTTP server fuzzer for EventHttp.
 *
 * One process (this script, server mode) runs an EventHttp with every
 * feature on: per-path and default handlers, chunked replies, a close
 * callback on every connection, requests held and answered later from
 * timers (or never, until the client leaves), body/header size limits and a
 * timeout, the old getBufferEvent()->enable(Event::READ) workaround and
 * closeConnection() on some requests. A second process (this script with
 * --client, started with proc_open so the server's loop runs freely) opens
 * up to --concurrency connections at once and sends --requests requests
 * generated from --seed: valid ones (checked: status and body), and mutated
 * ones (split at random byte boundaries with small delays, bad request
 * lines, huge and duplicated headers, broken chunked bodies, wrong
 * Content-Length, pipelining, FIN or RST at every stage).
 *
 * Phases: a warm-up client run, then the measured run, then a check that
 * valid requests still get their replies. Checked afterwards: the client
 * saw every reply it was promised, no handler threw, every connection that
 * reached a handler had its close callback called exactly once, held
 * requests were aborted when their client left, no socket of the server's
 * port is left in CLOSE_WAIT, memory_get_usage() after gc_collect_cycles()
 * is within 1 MiB of the value after the warm-up. Exit status 0 when all
 * hold, 1 otherwise. Everything is bounded in time (--time-limit seconds
 * per phase).
 *
 * Usage:
 *   php -n -d extension=sockets -d extension=modules/event.so tests/fuzz/http_fuzz.php \
 *       [--requests=100000] [--seed=N] [--concurrency=50] [--warmup=N] [--time-limit=600] [--slow=1]
 * Replaying one client connection (its scenario is printed with every
 * anomaly), against a running server or with --self (starts one):
 *   php ... http_fuzz.php --seed=N --replay=K [--verbose]
 * --slow=F multiplies the client's waiting times (valgrind, ASan).
 * --skip-known=pile,closeafter leaves out the scenarios of known, not yet
 * fixed bugs (see SKIP below), to see whether anything else fails.
 * libevent's own warnings go to the process's stderr, which this script
 * cannot read: tests/fuzz/run_http_fuzz.sh runs it (normal, ASan, valgrind)
 * and fails when the server wrote anything there.
 */

require_once __DIR__ . '/http_fuzz_client.inc';

const SRV_MAX_BODY = 65536;
const SRV_MAX_HEADERS = 8192;
const SRV_TIMEOUT = 2;   /* seconds, EventHttp::setTimeout */

function opts(): array
{
    [$opts, $o] = fuzz_options(['check', 'skip-known:', 'hold-open'], 50, 600);
    return $opts + [
        'check' => isset($o['check']),
        'hold-open' => isset($o['hold-open']),
        'skip' => (string)($o['skip-known'] ?? ''),
    ];
}

/* ===================================================================== */
/* Client                                                                */
/* ===================================================================== */

final class Conn extends HttpFuzzConn
{
    /** @var list<array> */
    public array $steps = [];
    /* $expect: list<array{code:int, body:?string, head:bool}>, the replies expected in order */
    public bool $strict = false;

    public int $step = 0;
    public ?string $out = null;
    public float $readUntil = 0.0;
    public bool $garbage = false;
    /** @var list<array{code:int, body:string}> */
    public array $responses = [];
    public bool $done = false;
}

/* --- request building ------------------------------------------------ */

function rq(string $method, string $target, array $headers = [], string $body = '', string $ver = 'HTTP/1.1', ?array $chunks = null): string
{
    $s = "$method $target $ver\r\n";
    $hasHost = false;
    foreach ($headers as $h) {
        if (stripos($h, 'host:') === 0) $hasHost = true;
    }
    if (!$hasHost) $s .= "Host: fuzz\r\n";
    foreach ($headers as $h) $s .= "$h\r\n";
    if ($chunks !== null) {
        $s .= "Transfer-Encoding: chunked\r\n\r\n";
        foreach ($chunks as $c) $s .= dechex(strlen($c)) . "\r\n$c\r\n";
        return $s . "0\r\n\r\n";
    }
    if ($body !== '' || $method === 'POST' || $method === 'PUT') {
        $s .= 'Content-Length: ' . strlen($body) . "\r\n";
    }
    return "$s\r\n$body";
}

function rbytes(Random\Randomizer $r, int $n): string
{
    return $n > 0 ? $r->getBytes($n) : '';
}

function rand_body(Random\Randomizer $r, int $max): string
{
    $n = $r->getInt(0, $max);
    return $n === 0 ? '' : substr(str_repeat(bin2hex(rbytes($r, 32)), intdiv($n, 64) + 1), 0, $n);
}

function split_chunks(Random\Randomizer $r, string $body): array
{
    $out = [];
    while ($body !== '') {
        $n = $r->getInt(1, max(1, min(strlen($body), 3000)));
        $out[] = substr($body, 0, $n);
        $body = substr($body, $n);
    }
    return $out;
}

/*
 * A valid request with a known reply. Returns [bytes, expect] where expect
 * is ['code'=>, 'body'=>, 'head'=>]. $last: whether it may close the
 * connection (HTTP/1.0, Connection: close).
 */
function valid_request(Random\Randomizer $r, string $tag, bool $last): array
{
    $ver = 'HTTP/1.1';
    $headers = [];
    if ($last && $r->getInt(0, 9) === 0) {
        $ver = 'HTTP/1.0';
    } elseif ($last && $r->getInt(0, 9) === 0) {
        $headers[] = 'Connection: close';
    }
    if ($r->getInt(0, 3) === 0) $headers[] = 'X-Fuzz-' . $r->getInt(0, 999) . ': ' . bin2hex(rbytes($r, $r->getInt(0, 40)));
    if ($r->getInt(0, 5) === 0) $headers[] = 'Accept: */*';
    $k = $r->getInt(0, 99);
    if ($k < 25) {
        $head = $r->getInt(0, 9) === 0;
        return [rq($head ? 'HEAD' : 'GET', "/fast?t=$tag", $headers, '', $ver), ['code' => 200, 'body' => $head ? '' : "fast:$tag", 'head' => $head]];
    }
    if ($k < 45) {
        $body = rand_body($r, $r->getInt(0, 4) === 0 ? 40000 : 600);
        $chunked = $ver === 'HTTP/1.1' && $r->getInt(0, 2) === 0;
        return [rq($r->getInt(0, 4) === 0 ? 'PUT' : 'POST', "/echo?t=$tag", $headers, $body, $ver, $chunked ? split_chunks($r, $body) : null),
            ['code' => 200, 'body' => $body, 'head' => false]];
    }
    if ($k < 58) {
        $n = $r->getInt(0, 6);
        $ms = $r->getInt(0, 15);
        $exp = '';
        for ($i = 0; $i < $n; $i++) $exp .= "c$i;";
        return [rq('GET', "/chunk?t=$tag&n=$n&ms=$ms", $headers, '', $ver), ['code' => 200, 'body' => $exp, 'head' => false]];
    }
    if ($k < 72) {
        $ms = $r->getInt(0, 120);
        $then = $r->getInt(0, 4) === 0 ? 'chunk' : 'reply';
        return [rq('GET', "/hold?t=$tag&ms=$ms&then=$then", $headers, '', $ver), ['code' => 200, 'body' => "held:$tag", 'head' => false]];
    }
    if ($k < 80 && $last) {
        /* evhttp closes the connection after an error reply */
        $code = [400, 403, 404, 418, 500, 503][$r->getInt(0, 5)];
        return [rq('GET', "/error?t=$tag&code=$code", $headers, '', $ver), ['code' => $code, 'body' => null, 'head' => false]];
    }
    if ($k < 88) {
        $hold = $r->getInt(0, 1);
        $free = $r->getInt(0, 1);
        $ms = $r->getInt(0, 60);
        return [rq('GET', "/bev?t=$tag&hold=$hold&free=$free&ms=$ms", $headers, '', $ver), ['code' => 200, 'body' => "bev:$tag", 'head' => false]];
    }
    $paths = ['/', '/nope', '/fast/x', '/a/b/c', '/FAST', '/%2Ffast', '/fast%01'];
    return [rq('GET', $paths[$r->getInt(0, count($paths) - 1)] . "?t=$tag", $headers, '', $ver), ['code' => 200, 'body' => "default:$tag", 'head' => false]];
}

/* Steps that send $bytes, either whole or split at random byte boundaries
 * with small delays. */
function send_steps(Random\Randomizer $r, string $bytes, int $splitPercent = 25): array
{
    if ($bytes === '' || strlen($bytes) < 2 || $r->getInt(0, 99) >= $splitPercent) {
        return [['send', $bytes]];
    }
    $pieces = $r->getInt(2, min(12, strlen($bytes)));
    $cuts = [];
    for ($i = 1; $i < $pieces; $i++) $cuts[] = $r->getInt(1, strlen($bytes) - 1);
    sort($cuts);
    $cuts = array_values(array_unique($cuts));
    $steps = [];
    $prev = 0;
    foreach ($cuts as $c) {
        $steps[] = ['send', substr($bytes, $prev, $c - $prev)];
        $steps[] = ['sleep', $r->getInt(0, 8)];
        $prev = $c;
    }
    $steps[] = ['send', substr($bytes, $prev)];
    return $steps;
}

function close_step(Random\Randomizer $r): array
{
    return [$r->getInt(0, 1) ? 'fin' : 'rst'];
}

/* Mutations: byte-level damage to a request. */
function mutate(Random\Randomizer $r, string $s): string
{
    $n = $r->getInt(1, 4);
    for ($i = 0; $i < $n; $i++) {
        $len = strlen($s);
        $pos = $len ? $r->getInt(0, $len - 1) : 0;
        switch ($r->getInt(0, 6)) {
            case 0: $s = substr($s, 0, $pos) . rbytes($r, 1) . substr($s, $pos + 1); break;
            case 1: $s = substr($s, 0, $pos) . substr($s, $pos + 1); break;
            case 2: $s = substr($s, 0, $pos) . rbytes($r, $r->getInt(1, 8)) . substr($s, $pos); break;
            case 3: $s = substr($s, 0, $pos) . "\r\n" . substr($s, $pos); break;
            case 4: $s = substr($s, 0, $pos) . "\n" . substr($s, $pos); break;
            case 5: $s = substr($s, 0, $pos) . str_repeat(substr($s, $pos, 1) ?: 'A', $r->getInt(2, 500)) . substr($s, $pos + 1); break;
            case 6: $s = substr($s, 0, $pos) . "\0" . substr($s, $pos); break;
        }
    }
    return $s;
}

function bad_request_line(Random\Randomizer $r, string $tag): string
{
    $lines = [
        "GET\r\n\r\n",
        "GET /fast?t=$tag HTTP/1.1 extra\r\nHost: x\r\n\r\n",
        "GET /fast?t=$tag HTTP/2.0\r\nHost: x\r\n\r\n",
        "GET /fast?t=$tag HTTP/0.9\r\n\r\n",
        "GET /fast?t=$tag HTTP/1.10\r\nHost: x\r\n\r\n",
        "GET /fast?t=$tag HTTP/1\r\nHost: x\r\n\r\n",
        "GET /fast?t=$tag HTTP/\r\nHost: x\r\n\r\n",
        "GET /fast?t=$tag FOO/1.1\r\nHost: x\r\n\r\n",
        "GET /fast?t=$tag HTTP/1.1.1\r\nHost: x\r\n\r\n",
        "GET /fast?t=$tag HTTP/11.1\r\nHost: x\r\n\r\n",
        "GET /fast?t=$tag HTTP/-1.1\r\nHost: x\r\n\r\n",
        " /fast HTTP/1.1\r\nHost: x\r\n\r\n",
        "get /fast?t=$tag HTTP/1.1\r\nHost: x\r\n\r\n",
        "BREW /pot?t=$tag HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /" . str_repeat('a', $r->getInt(5000, 30000)) . " HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /\0x?t=$tag HTTP/1.1\r\nHost: x\r\n\r\n",
        "\r\n\r\nGET /fast?t=$tag HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET http://fuzz/fast?t=$tag HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET http://[::1/fast HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET * HTTP/1.1\r\nHost: x\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
        "CONNECT fuzz:80 HTTP/1.1\r\nHost: x\r\n\r\n",
        "TRACE /fast?t=$tag HTTP/1.1\r\nHost: x\r\n\r\n",
        "PATCH /echo?t=$tag HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
        "DELETE /fast?t=$tag HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /fast?%zz%%=&&t=$tag HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /%00%ff%2e%2e/ HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET //../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /fast?t=$tag HTTP/1.1\nHost: x\n\n",
        "GET /fast?t=$tag HTTP/1.1\rHost: x\r\r",
        "GET  /fast  HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET\t/fast\tHTTP/1.1\r\nHost: x\r\n\r\n",
        "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" . rbytes($r, 64),
        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        rbytes($r, $r->getInt(1, 200)),
        str_repeat("\r\n", $r->getInt(1, 3000)),
        "GET /fast?t=$tag HTTP/1.1\r\n" . str_repeat("\r\n", 5),
    ];
    return $lines[$r->getInt(0, count($lines) - 1)];
}

function bad_headers(Random\Randomizer $r, string $tag): string
{
    $t = "/echo?t=$tag";
    $v = [
        fn() => "GET $t HTTP/1.1\r\nHost: x\r\nX-Big: " . str_repeat('b', $r->getInt(SRV_MAX_HEADERS - 100, 3 * SRV_MAX_HEADERS)) . "\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\n" . str_repeat("X-Many: " . str_repeat('m', 40) . "\r\n", $r->getInt(50, 400)) . "\r\n",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\nabc",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\nabc",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\nabc",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nContent-Length: 9223372036854775807\r\n\r\nabc",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nContent-Length:  7 \r\n\r\nabcdefg",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nContent-Length: 0x10\r\n\r\nabc",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        fn() => "POST $t HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n  continued\r\n\tmore\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\n continued-first\r\nHost: x\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\nHost: x\r\n: empty-name\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\nHost: x\r\nX-Nul: a\0b\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\nHost: \r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\nHost: " . str_repeat('h', 3000) . "\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\n\r\n",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\nbody",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " . (SRV_MAX_BODY * 2) . "\r\n\r\n",
        fn() => "POST $t HTTP/1.1\r\nHost: x\r\nExpect: nonsense\r\nContent-Length: 4\r\n\r\nbody",
        fn() => "GET $t HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET $t HTTP/1.0\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\nHost: x\r\nConnection: close, keep-alive\r\n\r\nGET $t HTTP/1.1\r\nHost: x\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\n" . str_repeat('X', 9000) . ": v\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\nHost: x\r\nX-Bin: " . str_replace(["\r", "\n"], '', rbytes($r, 200)) . "\r\n\r\n",
        fn() => "GET $t HTTP/1.1\r\nHost: x\r\nX-CR: a\rb\r\n\r\n",
    ];
    return $v[$r->getInt(0, count($v) - 1)]();
}

function bad_chunked(Random\Randomizer $r, string $tag): string
{
    $h = "POST /echo?t=$tag HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    $v = [
        "zz\r\nabc\r\n0\r\n\r\n",
        "-5\r\nabcde\r\n0\r\n\r\n",
        "ffffffffffffffffff\r\nabc\r\n0\r\n\r\n",
        "7fffffffffffffff\r\nabc\r\n0\r\n\r\n",
        "8000000000000000\r\nabc\r\n0\r\n\r\n",
        "5\r\nabc\r\n0\r\n\r\n",
        "5\r\nabcdefgh\r\n0\r\n\r\n",
        "3\r\nabc0\r\n\r\n",
        "3\r\nabc\r\n",
        "3;ext=1;x\r\nabc\r\n0\r\n\r\n",
        "3\r\nabc\r\n0\r\nX-Trailer: 1\r\nX-T2: 2\r\n\r\n",
        "3\r\nabc\r\n0\r\nX-Trailer: " . str_repeat('t', 10000) . "\r\n\r\n",
        dechex(SRV_MAX_BODY + 10) . "\r\n" . str_repeat('x', SRV_MAX_BODY + 10) . "\r\n0\r\n\r\n",
        str_repeat("1\r\nx\r\n", $r->getInt(100, 2000)) . "0\r\n\r\n",
        str_repeat("2000\r\n" . str_repeat('y', 0x2000) . "\r\n", 10) . "0\r\n\r\n",
        "3\nabc\n0\n\n",
        " 3\r\nabc\r\n0\r\n\r\n",
        "3 \r\nabc\r\n0\r\n\r\n",
        "\r\n3\r\nabc\r\n0\r\n\r\n",
        "0\r\n",
        "0\r\n\r\nGARBAGE\r\n\r\n",
        "00000000000000000000003\r\nabc\r\n0\r\n\r\n",
        "+3\r\nabc\r\n0\r\n\r\n",
        "0x3\r\nabc\r\n0\r\n\r\n",
    ];
    return $h . $v[$r->getInt(0, count($v) - 1)];
}

/*
 * The steps of $n valid requests on $c one after the other, each sent (in
 * pieces as send_steps() cuts them) once the reply before it was read, every
 * reply checked.
 */
function one_by_one(Random\Randomizer $r, Conn $c, string $tag, int $n, int $splitPercent): array
{
    $s = [];
    for ($i = 0; $i < $n; $i++) {
        [$bytes, $e] = valid_request($r, "$tag.$i", $i === $n - 1);
        array_push($s, ...send_steps($r, $bytes, $splitPercent));
        $s[] = ['read', $i + 1];
        $c->expect[] = $e;
    }
    $c->strict = true;
    $c->requests = $n;
    return $s;
}

/* The scenario of client connection $index. Pure function of the RNG
 * state, so replaying a connection regenerates every scenario before it. */
function make_scenario(Random\Randomizer $r, int $index): Conn
{
    $c = new Conn();
    $c->index = $index;
    $k = $r->getInt(0, 999);
    $tag = (string)$index;
    $s = [];
    if ($k < 220) {
        /* keep-alive: requests one after the other, each reply checked */
        $c->kind = 'keepalive';
        $s = one_by_one($r, $c, $tag, $r->getInt(1, 5), 25);
        $s[] = $r->getInt(0, 3) ? ['fin'] : close_step($r);
    } elseif ($k < 370) {
        /* pipelining: several requests in one write, replies in order */
        $c->kind = 'pipeline';
        $c->strict = true;
        $n = $r->getInt(2, 6);
        $all = '';
        for ($i = 0; $i < $n; $i++) {
            [$bytes, $e] = valid_request($r, "$tag.$i", $i === $n - 1);
            $all .= $bytes;
            $c->expect[] = $e;
        }
        array_push($s, ...send_steps($r, $all, 40));
        $s[] = ['read', $n];
        $c->requests = $n;
        $s[] = close_step($r);
    } elseif ($k < 460) {
        /* byte-split with delays, always */
        $c->kind = 'split';
        $s = one_by_one($r, $c, $tag, $r->getInt(1, 2), 100);
        $s[] = close_step($r);
    } elseif ($k < 680) {
        /* a bad request line, bad headers or a bad chunked body, sometimes a valid request after it */
        [$c->kind, $bad] = $k < 540 ? ['badline', 'bad_request_line'] : ($k < 620 ? ['headers', 'bad_headers'] : ['chunked', 'bad_chunked']);
        $bytes = $bad($r, $tag);
        if ($r->getInt(0, 2) === 0) $bytes .= valid_request($r, "$tag.1", true)[0];
        array_push($s, ...send_steps($r, $bytes));
        $s[] = ['read', -1, $r->getInt(0, 150)];
        $s[] = close_step($r);
        $c->requests = 1;
    } elseif ($k < 730) {
        /* bodies longer or shorter than Content-Length */
        $c->kind = 'length';
        $body = rand_body($r, 300);
        $declared = strlen($body) + ($r->getInt(0, 1) ? $r->getInt(1, 50) : -$r->getInt(1, max(1, strlen($body))));
        $declared = max(0, $declared);
        $bytes = "POST /echo?t=$tag HTTP/1.1\r\nHost: x\r\nContent-Length: $declared\r\n\r\n$body";
        if ($r->getInt(0, 1)) $bytes .= valid_request($r, "$tag.1", true)[0];
        array_push($s, ...send_steps($r, $bytes));
        $s[] = ['read', -1, $r->getInt(0, 200)];
        $s[] = close_step($r);
        $c->requests = 1;
    } elseif ($k < 900) {
        /* early FIN/RST at every stage */
        $stages = ['headers', 'body', 'held', 'forever', 'chunkreply', 'pipeheld', 'afterreply', 'shutwr', 'idle', 'heldbev', 'drop'];
        if (!in_array('pile', SKIP, true)) $stages[] = 'pile';
        $stage = $stages[$r->getInt(0, count($stages) - 1)];
        $c->kind = "early-$stage";
        $c->requests = 1;
        switch ($stage) {
            case 'headers':
                $bytes = valid_request($r, $tag, false)[0];
                $end = strpos($bytes, "\r\n\r\n");
                array_push($s, ...send_steps($r, substr($bytes, 0, $r->getInt(0, $end + 2))));
                $s[] = ['sleep', $r->getInt(0, 30)];
                break;
            case 'body':
                $body = rand_body($r, 5000) . 'x';
                $bytes = $r->getInt(0, 1)
                    ? rq('POST', "/echo?t=$tag", [], $body)
                    : rq('POST', "/echo?t=$tag", [], '', 'HTTP/1.1', split_chunks($r, $body));
                $end = strpos($bytes, "\r\n\r\n") + 4;
                array_push($s, ...send_steps($r, substr($bytes, 0, $r->getInt($end, strlen($bytes) - 1))));
                $s[] = ['sleep', $r->getInt(0, 30)];
                break;
            case 'held':
                array_push($s, ...send_steps($r, rq('GET', "/hold?t=$tag&ms=" . $r->getInt(20, 300) . '&then=' . ['reply', 'chunk', 'error', 'close'][$r->getInt(0, 3)])));
                $s[] = ['sleep', $r->getInt(0, 150)];
                break;
            case 'forever':
                array_push($s, ...send_steps($r, rq('GET', "/forever?t=$tag")));
                $s[] = ['sleep', $r->getInt(0, 100)];
                break;
            case 'drop':
                /* the handler keeps no reference: the request is orphaned */
                $bytes = rq('GET', "/drop?t=$tag&free=" . $r->getInt(0, 1));
                if ($r->getInt(0, 1)) $bytes .= valid_request($r, "$tag.1", false)[0];
                array_push($s, ...send_steps($r, $bytes));
                $s[] = ['sleep', $r->getInt(0, 100)];
                break;
            case 'pile':
                /* more than the server buffers behind a held request, then leave */
                $size = $r->getInt(300, 600) * 1024;
                $s[] = ['send', rq('GET', "/forever?t=$tag")];
                $s[] = ['sleep', 20];
                $s[] = ['send', "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: $size\r\n\r\n" . str_repeat('p', $size), 300];
                $s[] = ['sleep', 50];
                break;
            case 'heldbev':
                array_push($s, ...send_steps($r, rq('GET', "/bev?t=$tag&hold=1&free=" . $r->getInt(0, 1) . '&ms=' . $r->getInt(50, 300))));
                $s[] = ['sleep', $r->getInt(0, 100)];
                break;
            case 'chunkreply':
                array_push($s, ...send_steps($r, rq('GET', "/chunk?t=$tag&n=" . $r->getInt(5, 30) . '&ms=' . $r->getInt(1, 15))));
                $s[] = ['sleep', $r->getInt(0, 120)];
                break;
            case 'pipeheld':
                $first = ['/forever', '/hold?ms=200&then=reply', '/bev?hold=1&ms=200&free=0', '/chunk?n=10&ms=10', '/drop?free=0', '/drop?free=1'][$r->getInt(0, 5)];
                $bytes = rq('GET', $first . (str_contains($first, '?') ? '&' : '?') . "t=$tag") . valid_request($r, "$tag.1", false)[0];
                if ($r->getInt(0, 1)) $bytes .= valid_request($r, "$tag.2", false)[0];
                array_push($s, ...send_steps($r, $bytes));
                $s[] = ['sleep', $r->getInt(0, 100)];
                $c->requests = 3;
                break;
            case 'afterreply':
                [$bytes] = valid_request($r, $tag, false);
                array_push($s, ...send_steps($r, $bytes));
                $s[] = ['read', -1, $r->getInt(0, 100)];
                break;
            case 'shutwr':
                [$bytes] = valid_request($r, $tag, false);
                array_push($s, ...send_steps($r, $bytes));
                $s[] = ['shutwr'];
                $s[] = ['read', -1, 300];
                break;
            case 'idle':
                /* rarely, outlive the server's timeout */
                $s[] = ['sleep', $r->getInt(0, 19) === 0 ? (SRV_TIMEOUT * 1000 + 300) : $r->getInt(0, 200)];
                $c->requests = 0;
                break;
        }
        $s[] = close_step($r);
    } elseif ($k < 950) {
        /* the server closes the connection */
        $c->kind = 'srvclose';
        $modes = ['before', 'held', 'chunk'];
        if (!in_array('closeafter', SKIP, true)) $modes[] = 'after';
        $mode = $modes[$r->getInt(0, count($modes) - 1)];
        $bytes = rq('GET', "/close?t=$tag&mode=$mode&ms=" . $r->getInt(0, 80));
        if ($r->getInt(0, 1)) $bytes .= valid_request($r, "$tag.1", false)[0];
        array_push($s, ...send_steps($r, $bytes));
        $s[] = ['read', -1, 400];
        $s[] = close_step($r);
        $c->requests = 1;
    } else {
        /* random damage to valid requests */
        $c->kind = 'mutate';
        $n = $r->getInt(1, 3);
        $bytes = '';
        for ($i = 0; $i < $n; $i++) $bytes .= valid_request($r, "$tag.$i", $i === $n - 1)[0];
        array_push($s, ...send_steps($r, mutate($r, $bytes)));
        $s[] = ['read', -1, $r->getInt(0, 200)];
        $s[] = close_step($r);
        $c->requests = $n;
    }
    $c->steps = $s;
    return $c;
}

/* --- response parsing ------------------------------------------------ */

function parse_responses(Conn $c): void
{
    while (!$c->garbage) {
        $buf = $c->in;
        $p = $c->parsePos;
        $hend = strpos($buf, "\r\n\r\n", $p);
        if ($hend === false) {
            if (strlen($buf) - $p > 5 && !str_starts_with(substr($buf, $p, 5), 'HTTP/')) $c->garbage = true;
            return;
        }
        $lines = explode("\r\n", substr($buf, $p, $hend - $p));
        if (!preg_match('~^HTTP/1\.[01] (\d{3})~', $lines[0], $m)) {
            $c->garbage = true;
            return;
        }
        $code = (int)$m[1];
        $hdr = [];
        foreach (array_slice($lines, 1) as $l) {
            $i = strpos($l, ':');
            if ($i !== false) $hdr[strtolower(trim(substr($l, 0, $i)))] = trim(substr($l, $i + 1));
        }
        $bstart = $hend + 4;
        $head = ($c->expect[count($c->responses)]['head'] ?? false);
        if ($code < 200) {
            $c->parsePos = $bstart; /* 100 Continue: not a reply */
            continue;
        }
        if ($head || $code === 204 || $code === 304) {
            $body = '';
            $end = $bstart;
        } elseif (isset($hdr['transfer-encoding']) && stripos($hdr['transfer-encoding'], 'chunked') !== false) {
            $body = '';
            $q = $bstart;
            while (true) {
                $le = strpos($buf, "\r\n", $q);
                if ($le === false) return;
                $size = hexdec(trim(explode(';', substr($buf, $q, $le - $q))[0]));
                if ($size === 0) {
                    $te = strpos($buf, "\r\n", $le + 2);
                    if ($te === false) return;
                    /* no trailers from evhttp: "0\r\n\r\n" */
                    $end = $te + 2;
                    break;
                }
                if (strlen($buf) < $le + 2 + $size + 2) return;
                $body .= substr($buf, $le + 2, (int)$size);
                $q = $le + 2 + (int)$size + 2;
            }
        } elseif (isset($hdr['content-length'])) {
            $len = (int)$hdr['content-length'];
            if (strlen($buf) < $bstart + $len) return;
            $body = substr($buf, $bstart, $len);
            $end = $bstart + $len;
        } else {
            if (!$c->eof) return;
            $body = substr($buf, $bstart);
            $end = strlen($buf);
        }
        $c->responses[] = ['code' => $code, 'body' => $body];
        $c->parsePos = $end;
    }
}

/* --- the client's event loop ----------------------------------------- */

final class Client extends HttpFuzzClient
{
    protected const KEEP_ANOMALIES = 25;

    public array $stats = ['connections' => 0, 'requests' => 0, 'connect_retries' => 0, 'strict_ok' => 0,
        'replies' => 0, 'statuses' => [], 'kinds' => []];

    protected function evidence(HttpFuzzConn $c): array
    {
        return ['steps' => describe_steps($c->steps), 'got' => substr($c->in, 0, 600)];
    }

    private function finish(Conn $c, ?string $how): void
    {
        $this->closeSocket($c, $how);
        $c->done = true;
        parse_responses($c);
        $this->stats['connections']++;
        $this->stats['requests'] += $c->requests;
        $this->stats['kinds'][$c->kind] = ($this->stats['kinds'][$c->kind] ?? 0) + 1;
        if ($this->verbose) {
            $this->replayed[] = ['conn' => $c->index, 'kind' => $c->kind, 'steps' => describe_steps($c->steps),
                'got' => $c->in, 'eof' => $c->eof, 'reset' => $c->reset, 'replies' => count($c->responses)];
        }
        $this->stats['replies'] += count($c->responses);
        foreach ($c->responses as $resp) {
            $this->stats['statuses'][$resp['code']] = ($this->stats['statuses'][$resp['code']] ?? 0) + 1;
        }
        if ($c->strict) {
            $ok = true;
            foreach ($c->expect as $i => $e) {
                $got = $c->responses[$i] ?? null;
                if ($got === null) {
                    $this->anomaly($c, "reply $i missing (expected {$e['code']})" . ($c->eof ? ', server closed' : '') . ($c->reset ? ', reset' : '') . ($c->garbage ? ', unparsable reply' : ''));
                    $ok = false;
                    break;
                }
                if ($got['code'] !== $e['code']) {
                    $this->anomaly($c, "reply $i: status {$got['code']}, expected {$e['code']}");
                    $ok = false;
                    break;
                }
                if ($e['body'] !== null && $got['body'] !== $e['body']) {
                    $this->anomaly($c, "reply $i: body " . json_encode(substr($got['body'], 0, 80), JSON_INVALID_UTF8_SUBSTITUTE) . ' (' . strlen($got['body']) . ' bytes), expected ' . json_encode(substr($e['body'], 0, 80)) . ' (' . strlen($e['body']) . ' bytes)');
                    $ok = false;
                    break;
                }
            }
            if ($ok) $this->stats['strict_ok']++;
        }
    }

    /* Runs $c's steps as far as they can go now. */
    private function advance(Conn $c, float $now): void
    {
        if (!$c->connected) return;
        if ($now - $c->startedAt > 20 * $this->slow) {
            $this->anomaly($c, 'connection still busy after ' . (20 * $this->slow) . ' s (step ' . $c->step . ')');
            $this->finish($c, 'rst');
            return;
        }
        while (!$c->done) {
            $step = $c->steps[$c->step] ?? ['fin'];
            switch ($step[0]) {
                case 'send':
                    if ($c->writeFailed || $c->eof) {
                        $c->step++;
                        break;
                    }
                    if ($c->out === null) {
                        $c->out = $step[1];
                        /* optional bound: what the peer does not take by then is dropped */
                        $c->wakeAt = isset($step[2]) ? $now + $step[2] / 1000 : 0.0;
                    }
                    while ($c->out !== '') {
                        $n = @socket_write($c->sock, $c->out);
                        if ($n === false) {
                            if (fuzz_would_block($c->sock)) {
                                if ($c->wakeAt > 0 && $now >= $c->wakeAt) break;
                                return;
                            }
                            $c->writeFailed = true;
                            break;
                        }
                        if ($n === 0) return;
                        $c->out = (string)substr($c->out, $n);
                    }
                    $c->out = null;
                    $c->wakeAt = 0.0;
                    $c->step++;
                    break;
                case 'sleep':
                    if ($c->wakeAt === 0.0) $c->wakeAt = $now + $step[1] / 1000;
                    if ($now < $c->wakeAt) return;
                    $c->wakeAt = 0.0;
                    $c->step++;
                    break;
                case 'read':
                    $want = $step[1];
                    $limit = $want < 0 ? ($step[2] / 1000) : 5.0 * $this->slow;
                    if ($c->readUntil === 0.0) $c->readUntil = $now + $limit;
                    parse_responses($c);
                    $have = $want >= 0 && count($c->responses) >= $want;
                    if (!$have && !$c->eof && !$c->garbage && $now < $c->readUntil) return;
                    $c->readUntil = 0.0;
                    $c->step++;
                    break;
                case 'shutwr':
                    @socket_shutdown($c->sock, 1);
                    $c->step++;
                    break;
                case 'fin':
                case 'rst':
                    $this->finish($c, $step[0]);
                    return;
            }
        }
    }

    protected function step(HttpFuzzConn $c, float $now): bool
    {
        if ($c->sock) $this->advance($c, $now);
        return $c->done;
    }

    protected function poll(HttpFuzzConn $c, float $now, float &$wait): bool
    {
        if ($c->wakeAt > 0) $wait = min($wait, max(0, $c->wakeAt - $now));
        if ($c->readUntil > 0) $wait = min($wait, max(0, $c->readUntil - $now));
        return !$c->connected || $c->out !== null;
    }

    protected function abort(HttpFuzzConn $c): void
    {
        $this->finish($c, 'rst');
    }
}

function describe_steps(array $steps): array
{
    $out = [];
    foreach ($steps as $s) {
        if ($s[0] === 'send') {
            $b = $s[1];
            $out[] = ['send', strlen($b) > 400 ? addcslashes(substr($b, 0, 200), "\0..\37\177..\377") . '...[' . strlen($b) . ' bytes]...' . addcslashes(substr($b, -100), "\0..\37\177..\377") : addcslashes($b, "\0..\37\177..\377")];
        } else {
            $out[] = $s;
        }
    }
    return $out;
}

/** Scenarios of one run: $count requests from $seed (only connection $only if given). */
function scenarios(int $seed, int $count, ?int $only = null): Generator
{
    $r = new Random\Randomizer(new Random\Engine\Mt19937($seed));
    $sent = 0;
    for ($i = 0; $sent < $count; $i++) {
        $c = make_scenario($r, $i);
        $sent += max(1, $c->requests);
        if ($only === null || $only === $i) yield $c;
        if ($only !== null && $i >= $only) return;
    }
}

/* Connections left open in every state for the teardown phase (twice each). */
function hold_open_scenarios(): Generator
{
    $reqs = [
        rq('GET', '/forever?t=td'),
        rq('GET', '/hold?t=td&ms=300&then=reply'),
        rq('GET', '/chunk?t=td&n=40&ms=30'),
        rq('GET', '/drop?t=td&free=0'),
        rq('GET', '/bev?t=td&hold=1&free=0&ms=300'),
        rq('GET', '/fast?t=td') . rq('GET', '/forever?t=td2'),
        rq('GET', '/forever?t=td') . rq('GET', '/fast?t=td2') . rq('POST', '/echo', [], 'abc'),
        "GET /fast HTTP/1.1\r\nHost: x\r\nX-Partial:",
    ];
    foreach (array_merge($reqs, $reqs) as $i => $bytes) {
        $c = new Conn();
        $c->index = $i;
        $c->kind = 'hold-open';
        $c->requests = 1;
        $c->steps = [['send', $bytes], ['read', -1, 60000], ['fin']];
        yield $c;
    }
}

/* Valid requests of each kind, all checked. */
function check_scenarios(): Generator
{
    $r = new Random\Randomizer(new Random\Engine\Mt19937(7));
    $reqs = [
        [rq('GET', '/fast?t=check'), ['code' => 200, 'body' => 'fast:check', 'head' => false]],
        [rq('POST', '/echo?t=check', [], 'hello'), ['code' => 200, 'body' => 'hello', 'head' => false]],
        [rq('GET', '/chunk?t=check&n=3&ms=5'), ['code' => 200, 'body' => 'c0;c1;c2;', 'head' => false]],
        [rq('GET', '/hold?t=check&ms=20&then=reply'), ['code' => 200, 'body' => 'held:check', 'head' => false]],
        [rq('GET', '/bev?t=check&hold=1&free=0&ms=10'), ['code' => 200, 'body' => 'bev:check', 'head' => false]],
        [rq('GET', '/nope?t=check'), ['code' => 200, 'body' => 'default:check', 'head' => false]],
    ];
    foreach ($reqs as $i => [$bytes, $e]) {
        $c = new Conn();
        $c->index = $i;
        $c->kind = 'check';
        $c->strict = true;
        $c->requests = 1;
        $c->steps = [['send', $bytes], ['read', 1], ['fin']];
        $c->expect = [$e];
        yield $c;
    }
    /* and all of them on one keep-alive connection, pipelined */
    $c = new Conn();
    $c->index = count($reqs);
    $c->kind = 'check-pipeline';
    $c->strict = true;
    $c->requests = count($reqs);
    $c->steps = [['send', implode('', array_column($reqs, 0))], ['read', count($reqs)], ['fin']];
    $c->expect = array_column($reqs, 1);
    yield $c;
}

function client_main(array $o): int
{
    $t0 = microtime(true);
    $cl = new Client($o['port'], $o['slow'], $o['verbose']);
    if ($o['hold-open']) {
        /* killed by the server once it freed its EventHttp */
        $cl->run(hold_open_scenarios(), 100, 120);
        return 0;
    }
    if ($o['check']) {
        $ok = $cl->run(check_scenarios(), 8, $o['time-limit']);
    } else {
        $ok = $cl->run(scenarios($o['seed'], $o['requests'], $o['replay']), $o['concurrency'], $o['time-limit']);
    }
    return $cl->report($ok, $t0);
}

/* ===================================================================== */
/* Server                                                                */
/* ===================================================================== */

final class Srv
{
    public static EventBase $base;
    public static ?EventHttp $http;
    public static int $port;
    public static array $v = [];          /* violations (first ones kept) */
    public static int $vCount = 0;
    public static array $n = ['handled' => 0, 'conns_seen' => 0, 'close_cb' => 0, 'held_aborted' => 0,
        'late_replies' => 0, 'bev_workaround' => 0, 'server_closes' => 0, 'dropped' => 0, 'routes' => []];
    public static WeakMap $connIds;
    public static array $open = [];       /* conn id => true, until its close callback */
    public static int $connSeq = 0;
    public static array $timers = [];
    public static int $timerSeq = 0;
    public static array $forever = [];    /* conn id => [requests] */
    public static array $held = [];       /* request id => request, until answered */
    public static int $heldSeq = 0;
}

function violation(string $what): void
{
    Srv::$vCount++;
    if (count(Srv::$v) < 30) Srv::$v[] = $what;
}

function later(float $sec, Closure $fn): void
{
    $id = ++Srv::$timerSeq;
    $ev = Event::timer(Srv::$base, function () use ($id, $fn) {
        unset(Srv::$timers[$id]); /* frees this Event while its callback runs */
        try {
            $fn();
        } catch (Throwable $e) {
            violation('timer threw: ' . get_class($e) . ': ' . $e->getMessage());
        }
    });
    $ev->add($sec);
    Srv::$timers[$id] = $ev;
}

function on_close($conn, $id): void
{
    Srv::$n['close_cb']++;
    if (!$conn instanceof EventHttpConnection) {
        violation('close callback got ' . get_debug_type($conn));
    }
    if (!isset(Srv::$open[$id])) {
        violation("close callback of connection $id ran twice (or for a connection never seen)");
        return;
    }
    unset(Srv::$open[$id]);
    /* the connection object is untied now: its methods throw EventException or return false */
    foreach (['hasPendingRequests' => [], 'getBase' => [], 'setTimeout' => [5]] as $m => $args) {
        try {
            $conn->$m(...$args);
        } catch (EventException $e) {
        } catch (Throwable $e) {
            violation("closed connection: $m() threw " . get_class($e) . ': ' . $e->getMessage());
        }
    }
    foreach (Srv::$forever[$id] ?? [] as $req) {
        /* what the request received stays readable */
        if (!str_starts_with($req->getUri(), '/forever') || !is_array($req->getInputHeaders()) || $req->getInputBuffer()->length !== 0) {
            violation("aborted request: lost its data (uri {$req->getUri()})");
        }
        if (!$req->isAborted() || !($req->getConnectionStatus() & (EventHttpRequest::STATUS_ABORTED | EventHttpRequest::STATUS_TIMEOUT))) {
            violation("held request {$req->getUri()} not aborted when its connection closed (status {$req->getConnectionStatus()})");
        } else {
            Srv::$n['held_aborted']++;
        }
        /* replies to a gone client do nothing */
        $req->sendReply(200, 'OK');
    }
    unset(Srv::$forever[$id]);
}

function track(EventHttpRequest $req): int
{
    $conn = $req->getConnection();
    if (!$conn instanceof EventHttpConnection) {
        violation('getConnection() in a handler returned ' . get_debug_type($conn));
        return 0;
    }
    if (!isset(Srv::$connIds[$conn])) {
        $id = ++Srv::$connSeq;
        Srv::$connIds[$conn] = $id;
        Srv::$open[$id] = true;
        Srv::$n['conns_seen']++;
    }
    $id = Srv::$connIds[$conn];
    if (!isset(Srv::$open[$id])) {
        violation("a handler ran on connection $id after its close callback");
    }
    /* set on every request: replacing it must not fire or leak anything */
    $conn->setCloseCallback('on_close', $id);
    return $id;
}

function reply(EventHttpRequest $req, int $code, string $body): void
{
    $b = new EventBuffer();
    $b->add($body);
    $req->sendReply($code, $code === 200 ? 'OK' : 'X', $b);
}

/* Answers a held request the way ?then= says. */
function answer_held(EventHttpRequest $req, int $hid, string $tag, string $then): void
{
    unset(Srv::$held[$hid]);
    if ($req->isAborted()) Srv::$n['late_replies']++;
    switch ($then) {
        case 'chunk':
            $req->sendReplyStart(200, 'OK');
            $b = new EventBuffer();
            $b->add("held:");
            $req->sendReplyChunk($b);
            $b = new EventBuffer();
            $b->add($tag);
            $req->sendReplyChunk($b);
            $req->sendReplyEnd();
            break;
        case 'error':
            $req->sendError(503);
            break;
        case 'close':
            Srv::$n['server_closes']++;
            $req->closeConnection();
            break;
        default:
            reply($req, 200, "held:$tag");
    }
}

function hold(EventHttpRequest $req, float $sec, string $tag, string $then): void
{
    $hid = ++Srv::$heldSeq;
    Srv::$held[$hid] = $req;
    later($sec, fn() => answer_held($req, $hid, $tag, $then));
}

function chunk_step(EventHttpRequest $req, int $i, int $n, float $sec): void
{
    if ($i >= $n) {
        $req->sendReplyEnd();
        return;
    }
    $b = new EventBuffer();
    $b->add("c$i;");
    $req->sendReplyChunk($b);
    later($sec, fn() => chunk_step($req, $i + 1, $n, $sec));
}

function handler(EventHttpRequest $req, $route): void
{
    Srv::$n['handled']++;
    Srv::$n['routes'][$route] = (Srv::$n['routes'][$route] ?? 0) + 1;
    try {
        $cid = track($req);
        $uri = $req->getUri();
        $req->getInputHeaders();
        $req->getHost();
        $req->getCommand();
        $req->findHeader('Content-Length', EventHttpRequest::INPUT_HEADER);
        $query = @parse_url($uri, PHP_URL_QUERY);
        $q = [];
        if (is_string($query)) parse_str($query, $q);
        $tag = is_string($q['t'] ?? null) ? $q['t'] : '';
        $ms = is_string($q['ms'] ?? null) ? min(1000, max(0, (int)$q['ms'])) : 0;
        $req->addHeader('X-Route', $route, EventHttpRequest::OUTPUT_HEADER);
        switch ($route) {
            case 'fast':
                /* evhttp would send a body to HEAD (it only leaves out Content-Length) */
                reply($req, 200, $req->getCommand() === EventHttpRequest::CMD_HEAD ? '' : "fast:$tag");
                break;
            case 'echo':
                $in = $req->getInputBuffer();
                if ($in->length > 0 && ($in->length & 1)) {
                    $req->sendReply(200, 'OK', $in); /* the input buffer itself */
                } else {
                    reply($req, 200, $in->length ? $in->read($in->length) : '');
                }
                break;
            case 'chunk':
                $n = min(50, max(0, (int)($q['n'] ?? 0)));
                $req->sendReplyStart(200, 'OK');
                chunk_step($req, 0, $n, $ms / 1000);
                break;
            case 'hold':
                hold($req, $ms / 1000, $tag, is_string($q['then'] ?? null) ? $q['then'] : 'reply');
                break;
            case 'forever':
                Srv::$forever[$cid][] = $req;
                break;
            case 'drop':
                Srv::$n['dropped']++;
                if (($q['free'] ?? '0') === '1') $req->free();
                break;
            case 'bev':
                Srv::$n['bev_workaround']++;
                $bev = $req->getBufferEvent();
                if ($bev === null) {
                    violation('getBufferEvent() returned null in a handler');
                } else {
                    $bev->enable(Event::READ);
                    if (($q['free'] ?? '0') === '1') $bev->free();
                }
                if (($q['hold'] ?? '0') === '1') {
                    $hid = ++Srv::$heldSeq;
                    Srv::$held[$hid] = $req;
                    later($ms / 1000, function () use ($req, $hid, $tag) {
                        unset(Srv::$held[$hid]);
                        reply($req, 200, "bev:$tag");
                    });
                } else {
                    reply($req, 200, "bev:$tag");
                }
                break;
            case 'close':
                Srv::$n['server_closes']++;
                switch ($q['mode'] ?? '') {
                    case 'before':
                        $req->closeConnection();
                        break;
                    case 'after':
                        reply($req, 200, "close:$tag");
                        $req->closeConnection();
                        break;
                    case 'held':
                        hold($req, $ms / 1000, $tag, 'close');
                        break;
                    default: /* during a chunked reply */
                        $req->sendReplyStart(200, 'OK');
                        $b = new EventBuffer();
                        $b->add('part');
                        $req->sendReplyChunk($b);
                        later($ms / 1000, fn() => $req->closeConnection());
                }
                break;
            case 'error':
                $code = (int)($q['code'] ?? 500);
                $req->sendError($code >= 100 && $code <= 999 ? $code : 500);
                break;
            default:
                reply($req, 200, "default:$tag");
        }
    } catch (Throwable $e) {
        violation("handler $route threw " . get_class($e) . ': ' . $e->getMessage() . ' (uri ' . substr($req->getUri(), 0, 100) . ')');
    }
}

function server_setup(): void
{
    Srv::$base = new EventBase();
    [Srv::$http, Srv::$port] = fuzz_http_listen(Srv::$base);
    Srv::$http->setMaxBodySize(SRV_MAX_BODY);
    Srv::$http->setMaxHeadersSize(SRV_MAX_HEADERS);
    Srv::$http->setTimeout(SRV_TIMEOUT);
    Srv::$http->setAllowedMethods(EventHttpRequest::CMD_GET | EventHttpRequest::CMD_POST | EventHttpRequest::CMD_HEAD
        | EventHttpRequest::CMD_PUT | EventHttpRequest::CMD_DELETE | EventHttpRequest::CMD_OPTIONS
        | EventHttpRequest::CMD_PATCH);
    foreach (['fast', 'echo', 'chunk', 'hold', 'forever', 'bev', 'close', 'error', 'drop'] as $route) {
        Srv::$http->setCallback("/$route", 'handler', $route);
    }
    Srv::$http->setDefaultCallback('handler', 'default');
    Srv::$connIds = new WeakMap();
}

/*
 * The EventHttp is freed while connections are open, requests held, replies
 * half sent: every connection that reached a handler gets its close
 * callback, every held request is aborted.
 */
function teardown_phase(string $slow): string
{
    $out = tempnam(sys_get_temp_dir(), 'hfz');
    $proc = fuzz_start_client(Srv::$port, ['--hold-open', "--slow=$slow"], $out, $out);
    $handled0 = Srv::$n['handled'];
    $want = 0; /* handler calls to wait for: every complete request before a held one */
    foreach (hold_open_scenarios() as $c) $want += preg_match_all('~^(GET|POST) /(\w+)~m', $c->steps[0][1], $m) ? count(array_slice($m[2], 0, array_search('forever', $m[2]) === false ? null : array_search('forever', $m[2]) + 1)) : 0;
    $want -= 2; /* the partial requests */
    $deadline = microtime(true) + 10 * (float)$slow;
    while (Srv::$n['handled'] - $handled0 < $want && microtime(true) < $deadline) {
        Srv::$base->loop(EventBase::LOOP_ONCE | EventBase::LOOP_NONBLOCK);
        usleep(1000);
    }
    $handled = Srv::$n['handled'] - $handled0;
    $open = count(Srv::$open);
    $closed0 = Srv::$n['close_cb'];
    Srv::$http = null; /* frees the evhttp and every connection */
    $closedAtFree = Srv::$n['close_cb'] - $closed0;
    $deadline = microtime(true) + 2;
    while ((Srv::$timers || Srv::$n['close_cb'] - $closed0 < $open) && microtime(true) < $deadline) {
        Srv::$base->loop(EventBase::LOOP_ONCE | EventBase::LOOP_NONBLOCK);
        usleep(1000);
    }
    proc_terminate($proc, 9);
    proc_close($proc);
    $client = trim((string)file_get_contents($out));
    @unlink($out);
    if ($handled < $want) violation("teardown: only $handled of $want requests reached a handler");
    if (Srv::$open) violation('teardown: ' . count(Srv::$open) . " of $open connections got no close callback after the EventHttp was freed");
    if (Srv::$forever) violation('teardown: held requests of ' . count(Srv::$forever) . ' connections left');
    if (Srv::$timers) violation('teardown: ' . count(Srv::$timers) . ' timers left');
    if ($client !== '') violation('teardown: client said ' . substr($client, 0, 300));
    return "$handled requests on $open open connections when the EventHttp was freed, "
        . (Srv::$n['close_cb'] - $closed0) . " close callbacks ($closedAtFree during the free)";
}

/*
 * Runs one client process against the server until it exits and the server
 * has let go of every connection. Returns the client's JSON report.
 */
function run_phase(string $name, array $clientArgs, float $timeLimit): ?array
{
    $out = tempnam(sys_get_temp_dir(), 'hfz');
    $err = tempnam(sys_get_temp_dir(), 'hfz');
    $proc = fuzz_start_client(Srv::$port, array_merge(['--skip-known=' . implode(',', SKIP)], $clientArgs), $out, $err);
    if (!$proc) {
        violation("$name: could not start the client");
        return null;
    }
    $t0 = microtime(true);
    $exitedAt = null;
    $exitCode = null;
    $timedOut = false;
    $tick = new Event(Srv::$base, -1, Event::TIMEOUT | Event::PERSIST, function () use ($proc, $t0, $timeLimit, &$exitedAt, &$exitCode, &$timedOut, $name) {
        $now = microtime(true);
        if ($exitedAt === null) {
            $st = proc_get_status($proc);
            if (!$st['running']) {
                $exitedAt = $now;
                $exitCode = $st['exitcode'];
            } elseif ($now - $t0 > $timeLimit) {
                $timedOut = true;
                proc_terminate($proc, 9);
            }
            return;
        }
        $idle = !Srv::$open && !Srv::$timers && !Srv::$forever && !Srv::$held;
        if ($idle || $now - $exitedAt > 10) {
            if (!$idle) {
                violation(sprintf('%s: 10 s after the client left, still %d connections open (ids %s), %d timers, %d held, %d held forever',
                    $name, count(Srv::$open), implode(',', array_slice(array_keys(Srv::$open), 0, 10)), count(Srv::$timers), count(Srv::$held), count(Srv::$forever)));
            }
            Srv::$base->exit();
        }
    });
    fuzz_loop_until(Srv::$base, $tick, 0.02, $name, 'violation');
    fuzz_settle(Srv::$base, 20, 1000);
    proc_close($proc);
    if ($timedOut) violation("$name: the client did not finish within $timeLimit s (killed)");
    return fuzz_client_report("$name: the client", $out, $err, $exitCode, 'violation');
}

function server_main(array $o): int
{
    $T0 = microtime(true);
    server_setup();
    $warmup = $o['warmup'] ?? max(200, min(5000, intdiv($o['requests'], 20)));
    $conc = (string)$o['concurrency'];
    $slow = (string)$o['slow'];
    printf("http_fuzz: seed %d, %d requests (+%d warm-up), concurrency %s, port %d, PHP %s, slow x%s\n",
        $o['seed'], $o['requests'], $warmup, $conc, Srv::$port, PHP_VERSION, $slow);

    $warm = run_phase('warm-up', ["--seed=" . ($o['seed'] + 1000003), "--requests=$warmup", "--concurrency=$conc", "--slow=$slow"], $o['time-limit']);
    gc_collect_cycles();
    $mem0 = memory_get_usage();
    $seen0 = Srv::$n['conns_seen'];
    $t1 = microtime(true);

    $main = run_phase('main', ["--seed={$o['seed']}", "--requests={$o['requests']}", "--concurrency=$conc", "--slow=$slow"], $o['time-limit']);
    $t2 = microtime(true);
    gc_collect_cycles();
    $mem1 = memory_get_usage();

    $check = run_phase('check', ['--check', "--slow=$slow"], 60);
    fuzz_settle(Srv::$base, 50, 2000);
    $sockets = port_sockets(Srv::$port);
    $teardown = teardown_phase($slow);

    if ($check && $check['stats']['strict_ok'] !== 7) {
        violation("check: {$check['stats']['strict_ok']} of 7 valid connections got their replies");
    }
    foreach (fuzz_leftovers($sockets, $mem0, $mem1) as $v) violation($v);
    if (Srv::$n['close_cb'] !== Srv::$n['conns_seen']) {
        violation(sprintf('close callbacks: %d for %d connections that reached a handler', Srv::$n['close_cb'], Srv::$n['conns_seen']));
    }
    if (Srv::$open) violation(count(Srv::$open) . ' connections never got their close callback');

    $stats = $main['stats'] ?? [];
    $sum = [
        'time' => sprintf('total %.1f s (warm-up %.1f s, main %.1f s, check+settle %.1f s)', microtime(true) - $T0, $t1 - $T0, $t2 - $t1, microtime(true) - $t2),
        'client' => sprintf('%d requests on %d connections, %d replies, %d strict connections all correct, %d connect retries, client time %s s',
            $stats['requests'] ?? 0, $stats['connections'] ?? 0, $stats['replies'] ?? 0, $stats['strict_ok'] ?? 0, $stats['connect_retries'] ?? 0, $main['elapsed'] ?? '?'),
        'server' => sprintf('%d handler calls on %d connections (main run: %d), %d close callbacks, %d held requests aborted by their client, %d late replies to gone clients, %d workaround bev, %d server closes',
            Srv::$n['handled'], Srv::$n['conns_seen'], Srv::$n['conns_seen'] - $seen0, Srv::$n['close_cb'], Srv::$n['held_aborted'], Srv::$n['late_replies'], Srv::$n['bev_workaround'], Srv::$n['server_closes']) . ', ' . Srv::$n['dropped'] . ' requests dropped unanswered',
        'memory' => sprintf('after warm-up %d, after run %d (%+d bytes), peak %d', $mem0, $mem1, $mem1 - $mem0, memory_get_peak_usage()),
        'sockets' => 'server port states at the end: ' . json_encode($sockets),
        'teardown' => $teardown,
        'statuses' => json_encode($stats['statuses'] ?? []),
        'kinds' => json_encode($stats['kinds'] ?? []),
        'routes' => json_encode(Srv::$n['routes']),
    ];
    foreach ($sum as $k => $v) printf("  %-9s %s\n", $k . ':', $v);
    foreach ([$warm, $main, $check] as $rep) {
        foreach ($rep['anomalies'] ?? [] as $a) {
            echo "  ANOMALY conn {$a['conn']} ({$a['kind']}): {$a['what']}\n    steps: " . json_encode($a['steps'], JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE) . "\n    got: " . json_encode($a['got'], JSON_INVALID_UTF8_SUBSTITUTE) . "\n";
        }
    }
    return fuzz_verdict(Srv::$vCount, Srv::$v);
}

if ((getopt('', ['mode:'])['mode'] ?? '') === 'parser') {
    /* the parser mode: its own server, handler and clients */
    require __DIR__ . '/http_parser_fuzz.php';
    exit(pf_main());
}
$o = opts();
/* Scenarios of known, not yet fixed bugs to leave out (--skip-known=pile,closeafter):
 *  pile: a client that pipelines more than the server buffers behind a held
 *        request and then resets is never noticed (tests/regress/http_server_pile_reset.phpt)
 *  closeafter: closeConnection() right after sendReply() in a handler makes
 *        libevent warn on stderr (tests/regress/http_server_close_after_reply.phpt) */
define('SKIP', array_filter(explode(',', $o['skip'])));
if ($o['client']) {
    exit(client_main($o));
}
if ($o['replay'] !== null) {
    /* one connection of a run, against a fresh server, verbose */
    server_setup();
    $rep = run_phase('replay', ["--seed={$o['seed']}", "--requests=" . PHP_INT_MAX, "--replay={$o['replay']}", '--concurrency=1', "--slow={$o['slow']}", '--verbose'], 60);
    echo json_encode($rep, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
    echo json_encode(['server' => Srv::$n, 'violations' => Srv::$v], JSON_PRETTY_PRINT), "\n";
    exit(Srv::$vCount ? 1 : 0);
}
exit(server_main($o));
