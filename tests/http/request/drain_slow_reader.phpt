--TEST--
EventHttpRequest::setDrainCallback(): a producer paced by it streams 200 MiB to a client that reads 256 KiB per read event with its pending output never above watermark + chunk and memory flat, while a naive producer's pending output and RSS grow with what it sent
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!is_readable('/proc/self/status')) die('skip /proc/self/status is needed'); ?>
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_drain.inc';

const LOW = 256 * 1024;
const CHUNK = 256 * 1024;
const PACED_TOTAL = 200 << 20;
const NAIVE_TOTAL = 32 << 20;
/* What pacing allows: the watermark, one chunk over it, its chunk framing. */
const PACED_BOUND = LOW + CHUNK + 64;
/* Under the sanitizers or valgrind, freed memory is held back (quarantine)
 * and emalloc() is malloc(): RSS and heap figures say nothing there. */
define('MEMORY_FIGURES', getenv('EVENT_ASAN_DIR') === false && getenv('USE_ZEND_ALLOC') !== '0');

function status_kib(string $field): int
{
    preg_match("/^$field:\\s+(\\d+) kB/m", file_get_contents('/proc/self/status'), $m);
    return (int)$m[1];
}

$base = new EventBase();
[$http, $port] = http_test_server($base);
$peak = 0;
$sent = 0;
$ended = false;
$payload = str_repeat('s', CHUNK);
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$peak, &$sent, &$ended, $payload) {
    $send = function (EventHttpRequest $r) use (&$peak, &$sent, $payload) {
        $b = new EventBuffer();
        $b->add($payload);
        $r->sendReplyChunk($b);
        $sent += CHUNK;
        $peak = max($peak, $r->getPendingOutput());
    };
    $req->sendReplyStart(200, 'OK');
    if ($req->getUri() === '/naive') {
        while ($sent < NAIVE_TOTAL) {
            $send($req);
        }
        return;
    }
    /* Paced: fill up above the watermark, then wait for the drain callback. */
    $produce = function (EventHttpRequest $r) use ($send, &$sent, &$ended) {
        while ($sent < PACED_TOTAL && $r->getPendingOutput() <= LOW) {
            $send($r);
        }
        if ($sent >= PACED_TOTAL && !$ended) {
            $ended = true;
            $r->sendReplyEnd();
        }
    };
    $req->setDrainCallback($produce, LOW);
    $produce($req);
});

/* The slow client: at most 256 KiB per read event; for $seconds at most,
 * or until the reply's last chunk came. */
function read_slowly(EventBase $base, $c, float $seconds): int
{
    $got = 0;
    $tail = '';
    $ev = new Event($base, $c, Event::READ | Event::PERSIST, function () use ($base, $c, &$got, &$tail) {
        $buf = '';
        $got += drain_test_read($c, $buf, 256 * 1024);
        $tail = substr($tail . $buf, -5);
        if ($tail === "0\r\n\r\n") {
            $base->exit();
        }
    });
    $ev->add();
    $stop = Event::timer($base, fn() => $base->exit());
    $stop->add($seconds);
    $base->loop();
    $ev->free();
    $stop->free();
    return $got;
}

echo "-- paced\n";
$hwm0 = status_kib('VmHWM');
memory_reset_peak_usage();
$mem0 = memory_get_usage();
$c = drain_test_client($port, "GET /paced HTTP/1.1\r\nHost: x\r\n\r\n");
$got = read_slowly($base, $c, 10);
var_dump($ended, $sent === PACED_TOTAL, $got > PACED_TOTAL);
var_dump($peak <= PACED_BOUND);
$paced_hwm = status_kib('VmHWM') - $hwm0;
var_dump(!MEMORY_FIGURES || $paced_hwm * 1024 < 8 * PACED_BOUND);               // RSS: a few watermarks, not 200 MiB
var_dump(!MEMORY_FIGURES || memory_get_peak_usage() - $mem0 < 8 * PACED_BOUND); // PHP's heap too
socket_close($c);
http_test_run($base, fn() => false, 0.02);

echo "-- naive\n";
$peak = 0;
$sent = 0;
$hwm1 = status_kib('VmHWM');
$c = drain_test_client($port, "GET /naive HTTP/1.1\r\nHost: x\r\n\r\n");
read_slowly($base, $c, 0.1);
$naive_hwm = status_kib('VmHWM') - $hwm1;
var_dump($peak > NAIVE_TOTAL / 2, $peak > 16 * PACED_BOUND);     // it holds most of what it made
var_dump(!MEMORY_FIGURES || $naive_hwm * 1024 > NAIVE_TOTAL / 2);                // in memory
http_test_close($c, 'rst');
http_test_run($base, fn() => false, 0.02);
?>
--EXPECT--
-- paced
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
-- naive
bool(true)
bool(true)
bool(true)
