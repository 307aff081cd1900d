--TEST--
EventHttpRequest (server side): body EventBuffers the script keeps outlive the request with their bytes; ones it did not keep go with it
--SKIPIF--
<?php if (!class_exists('EventHttp')) die('skip no libevent_extra'); ?>
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

/* The environment makes freed memory garbage at once, so a buffer left
 * pointing into the request's freed evbuffers reads garbage or crashes. */
$base = new EventBase();
[$http, $port] = http_test_server($base);
$kept = [];
$seen = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$kept, &$seen) {
    $seen++;
    $keep = $req->getUri() === '/keep';
    $in = $req->getInputBuffer();
    $out = $req->getOutputBuffer();
    $out->add('reply-' . $in->length);
    $req->sendReply(200, 'OK');
    if ($keep) {
        $kept = [$in, $out];
    }
    unset($in, $out);
    $req->free();
});

$body = str_repeat('b', 1500);
foreach (['/drop', '/keep', '/drop'] as $path) {
    $raw = http_test_raw($base, $port, "POST $path HTTP/1.1\r\nHost: x\r\nContent-Length: " . strlen($body)
        . "\r\nConnection: close\r\n\r\n$body");
    $raw = str_replace('<EOF>', '', $raw);
    echo $path, ': ', http_test_status($raw), ' ', substr($raw, strrpos($raw, "\r\n\r\n") + 4), "\n";
}
echo "requests seen: $seen\n";
[$in, $out] = $kept;
/* Other allocations reuse what the request freed. */
$others = [];
for ($i = 0; $i < 16; $i++) {
    $o = new EventBuffer();
    $o->add(str_repeat('x', 100 * $i + 1));
    $others[] = $o;
}
echo 'kept input: ', $in->length, ' ', $in->substr(0) === $body ? 'same bytes' : 'different bytes', "\n";
echo 'kept output: ', $out->length, "\n";
$in->add('!');
echo 'still usable: ', $in->length, "\n";
?>
--EXPECT--
/drop: 200 reply-1500
/keep: 200 reply-1500
/drop: 200 reply-1500
requests seen: 3
kept input: 1500 same bytes
kept output: 0
still usable: 1501
