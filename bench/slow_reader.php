<?php
/*
 * A slow reader against two producers of the same stream: one paced by
 * EventHttpRequest::setDrainCallback() (it sends while getPendingOutput()
 * is at most the watermark, and the rest from the drain callback), one naive
 * (it sends the whole stream in the handler). Each runs in a server process
 * of its own; the client (this process) reads the chunked reply at a fixed
 * rate and samples the server's VmRSS from /proc/PID/status every 20 ms,
 * then reads its VmHWM (the peak RSS) once the whole reply arrived. Both
 * deliver the same bytes; the report gives, per producer, the bytes, the
 * time, the server's RSS before the request, its sampled peak, its VmHWM,
 * and the peak pending output the server saw after each send.
 *
 *   php -n -d extension=sockets -d extension=modules/event.so bench/slow_reader.php \
 *       [--mib=200] [--rate=100] [--low=262144] [--chunk=65536]
 *
 * --mib: the stream's size in MiB; --rate: the client's reading rate in
 * MB/s (10^6 bytes); --low: the paced producer's watermark; --chunk: the
 * size of each sendReplyChunk(). The server processes run with the same
 * PHP and extensions as this one (EVENT_SO: another event.so for them).
 */
$opt = getopt('', ['mib:', 'rate:', 'low:', 'chunk:', 'serve:', 'port:']);
$mib = (int)($opt['mib'] ?? 200);
$rate = (float)($opt['rate'] ?? 100) * 1e6;
$low = (int)($opt['low'] ?? 256 * 1024);
$chunk = (int)($opt['chunk'] ?? 64 * 1024);
$total = $mib << 20;

if (isset($opt['serve'])) {
    serve($opt['serve'], (int)$opt['port'], $total, $low, $chunk);
    exit(0);
}

/* --- the server: one request, one producer --- */

function serve(string $mode, int $port, int $total, int $low, int $chunk): void
{
    $base = new EventBase();
    $http = new EventHttp($base);
    if (!$http->bind('127.0.0.1', $port)) {
        fwrite(STDERR, "cannot bind 127.0.0.1:$port\n");
        exit(1);
    }
    $payload = str_repeat('x', $chunk);
    $sent = 0;
    $peak = 0;
    $send = function (EventHttpRequest $req) use (&$sent, &$peak, $payload, $total) {
        $buf = new EventBuffer();
        $buf->add(strlen($payload) <= $total - $sent ? $payload : substr($payload, 0, $total - $sent));
        $sent += $buf->length;
        $req->sendReplyChunk($buf);
        $peak = max($peak, $req->getPendingOutput());
    };
    $http->setDefaultCallback(function (EventHttpRequest $req) use ($base, $mode, $send, &$sent, $total, $low) {
        $req->getConnection()->setCloseCallback(fn() => $base->exit());
        $req->sendReplyStart(200, 'OK');
        if ($mode === 'naive') {
            while ($sent < $total) {
                $send($req);
            }
            $req->sendReplyEnd();
            return;
        }
        $produce = function (EventHttpRequest $req) use ($send, &$sent, $total, $low) {
            while ($sent < $total && $req->getPendingOutput() <= $low) {
                $send($req);
            }
            if ($sent >= $total) {
                $req->sendReplyEnd();
            }
        };
        $req->setDrainCallback($produce, $low);
        $produce($req);
    });
    echo "ready\n";
    $base->dispatch();
    echo "peak_pending $peak\n";
}

/* --- the client --- */

function status_kib(int $pid, string $field): int
{
    $s = @file_get_contents("/proc/$pid/status");
    return $s !== false && preg_match("/^$field:\\s+(\\d+) kB/m", $s, $m) ? (int)$m[1] : -1;
}

function free_port(): int
{
    $s = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int)substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
    fclose($s);
    return $port;
}

/* The command of a server process: this PHP with -n, ext/sockets and the
 * event.so this one loaded (EVENT_SO: another one). */
function server_command(array $args): array
{
    $so = getenv('EVENT_SO') ?: dirname(__DIR__) . '/modules/event.so';
    if (!getenv('EVENT_SO')) {
        foreach (explode("\0", (string)@file_get_contents('/proc/self/cmdline')) as $a) {
            if (preg_match('/^(?:-d)?extension=(.*event\.so)$/', $a, $m)) {
                $so = $m[1];
            }
        }
    }
    return array_merge([PHP_BINARY, '-n', '-d', 'extension=sockets', '-d', "extension=$so", __FILE__], $args);
}

/* One run: starts a server in $mode, reads its reply at $rate; returns the figures. */
function run(string $mode, int $total, float $rate, int $low, int $chunk): array
{
    $port = free_port();
    $proc = proc_open(server_command(["--serve=$mode", "--port=$port", '--mib=' . ($total >> 20),
        "--low=$low", "--chunk=$chunk"]), [1 => ['pipe', 'w'], 2 => STDERR], $pipes);
    $pid = proc_get_status($proc)['pid'];
    if (trim((string)fgets($pipes[1])) !== 'ready') {
        die("the $mode server did not start\n");
    }
    $before = status_kib($pid, 'VmRSS');
    $c = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
    /* Keep-alive: the server stays (for its VmHWM) until the client closes. */
    fwrite($c, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    stream_set_blocking($c, false);
    $t0 = microtime(true);
    $got = 0;
    $tail = '';
    $peakRss = $before;
    $nextSample = $t0;
    $deadline = $t0 + 10 + 3 * $total / $rate;
    while (microtime(true) < $deadline) {
        /* What the rate allows by now, in reads of at most 64 KiB. */
        $allowed = (int)((microtime(true) - $t0) * $rate) - $got;
        while ($allowed > 0 && ($d = stream_socket_recvfrom($c, min($allowed, 65536))) !== false && $d !== '') {
            $got += strlen($d);
            $allowed -= strlen($d);
            $tail = substr($tail . $d, -7);
        }
        if ($tail === "\r\n0\r\n\r\n" || feof($c)) {
            break;
        }
        if (microtime(true) >= $nextSample) {
            $peakRss = max($peakRss, status_kib($pid, 'VmRSS'));
            $nextSample += 0.02;
        }
        usleep(1000);
    }
    $secs = microtime(true) - $t0;
    $peakRss = max($peakRss, status_kib($pid, 'VmRSS'));
    $hwm = status_kib($pid, 'VmHWM');
    fclose($c);
    $out = stream_get_contents($pipes[1]);   // the server ends once the client closed
    proc_close($proc);
    preg_match('/^peak_pending (\d+)$/m', $out, $m);
    return ['mode' => $mode, 'bytes' => $got, 'complete' => $tail === "\r\n0\r\n\r\n", 'secs' => $secs,
        'before' => $before, 'peak_rss' => $peakRss, 'hwm' => $hwm, 'peak_pending' => (int)($m[1] ?? -1)];
}

if (!is_readable('/proc/self/status')) {
    die("slow_reader: /proc/PID/status is needed (Linux)\n");
}
printf("slow reader: %d MiB at %.0f MB/s, chunks of %d bytes, paced watermark %d bytes\n",
    $mib, $rate / 1e6, $chunk, $low);
printf("%-6s %12s %6s %8s %14s %12s %10s %14s\n", 'mode', 'bytes read', 'ok', 'seconds',
    'RSS before KiB', 'peak RSS KiB', 'VmHWM KiB', 'peak pending');
foreach (['paced', 'naive'] as $mode) {
    $r = run($mode, $total, $rate, $low, $chunk);
    printf("%-6s %12d %6s %8.2f %14d %12d %10d %14d\n", $r['mode'], $r['bytes'], $r['complete'] ? 'yes' : 'NO',
        $r['secs'], $r['before'], $r['peak_rss'], $r['hwm'], $r['peak_pending']);
}
