<?php
/*
 * 10,000 clients that each send a request and vanish mid-reply (half with a
 * FIN, half with an RST), against a server that starts a chunked reply and
 * holds it. Afterwards: the close callback count, memory_get_usage() and RSS
 * against the start, and the server's sockets in CLOSE_WAIT. Also the delay
 * between a client's close and its close callback.
 *
 *   php -n -d extension=sockets -d extension=modules/event.so tests/soak/close_soak.php [clients]
 */
$n = (int)($argv[1] ?? 10000);
$base = new EventBase();
$listen = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN,
    stream_context_create(['socket' => ['backlog' => 4096]]));
$port = (int)substr(strrchr(stream_socket_get_name($listen, false), ':'), 1);
$http = new EventHttp($base);
$http->accept($listen);
fclose($listen);

$closed = 0; $held = 0; $delays = []; $closedAt = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$closed, &$held, &$delays, &$closedAt) {
    $id = (int)substr($req->getUri(), 1);
    $req->getConnection()->setCloseCallback(function () use (&$closed, &$delays, &$closedAt, $id) {
        $closed++;
        if (isset($closedAt[$id])) {
            $delays[] = (hrtime(true) - $closedAt[$id]) / 1e6;
            unset($closedAt[$id]);
        }
    });
    $req->sendReplyStart(200, 'OK');
    $b = new EventBuffer();
    $b->add(str_repeat('x', 1024));
    $req->sendReplyChunk($b);
    $held++;
});

function rss_kib(): int
{
    preg_match('/VmRSS:\s+(\d+)/', file_get_contents('/proc/self/status'), $m);
    return (int)$m[1];
}
function close_wait(int $port): int
{
    $n = 0;
    foreach (array_slice(file('/proc/net/tcp'), 1) as $line) {
        $c = preg_split('/\s+/', trim($line));
        if (hexdec(explode(':', $c[1])[1]) === $port && $c[3] === '08') $n++;
    }
    return $n;
}
function pump(EventBase $base, callable $done, float $secs): void
{
    $end = microtime(true) + $secs;
    $tick = new Event($base, -1, Event::TIMEOUT | Event::PERSIST, function () {});
    $tick->add(0.05); /* bounds each loop step */
    while (!$done() && microtime(true) < $end) {
        $base->loop(EventBase::LOOP_ONCE);
    }
    $tick->free();
    if (!$done()) {
        fprintf(STDERR, "pump: gave up after %.1f s\n", $secs);
    }
}

/* Warm-up so allocator pools exist before the baseline. */
$run = function (int $count, int $offset) use ($base, $port, &$held, &$closed, &$closedAt) {
    $batch = 100;
    for ($i = 0; $i < $count; $i += $batch) {
        $socks = [];
        for ($j = 0; $j < $batch && $i + $j < $count; $j++) {
            $id = $offset + $i + $j;
            $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
            socket_connect($s, '127.0.0.1', $port);
            socket_write($s, "GET /$id HTTP/1.1\r\nHost: x\r\n\r\n");
            $socks[$id] = $s;
        }
        $want = $held + count($socks);
        pump($base, function () use (&$held, $want) { return $held >= $want; }, 5);
        $wantClosed = $closed + count($socks);
        foreach ($socks as $id => $s) {
            if ($id % 2) {
                socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
            }
            if ($id % 50 === 0) {
                /* A sample: per-client arrays would grow the RSS measured. */
                $closedAt[$id] = hrtime(true);
            }
            socket_close($s);
        }
        pump($base, function () use (&$closed, $wantClosed) { return $closed >= $wantClosed; }, 5);
    }
};
$run(500, 0);
$closedAt = [];
gc_collect_cycles();
$delays = []; $closedAt = [];
$mem0 = memory_get_usage(); $rss0 = rss_kib(); $closed0 = $closed;
$t0 = microtime(true);
$run($n, 1000000);
pump($base, fn() => false, 0.2); /* drain: "gave up" is expected here */
sort($delays);
$median = $delays[(int)(count($delays) / 2)] ?? -1;
$p99 = $delays[(int)(count($delays) * 0.99)] ?? -1;
$max = end($delays) ?: -1;
/* The measurement's own arrays are not the server's memory. */
$closedAt = []; $delays = [];
gc_collect_cycles();
$mem1 = memory_get_usage(); $rss1 = rss_kib();
printf("clients: %d in %.1f s\n", $n, microtime(true) - $t0);
printf("close callbacks: %d\n", $closed - $closed0);
printf("memory_get_usage: %+d bytes\n", $mem1 - $mem0);
printf("RSS: %+d KiB\n", $rss1 - $rss0);
printf("CLOSE_WAIT sockets: %d\n", close_wait($port));
printf("close -> callback delay: median %.3f ms, p99 %.3f ms, max %.3f ms\n",
    $median, $p99, $max);
