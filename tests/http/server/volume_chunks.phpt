--TEST--
Volumes: a chunked reply of 10,000 chunks is received in full by EventHttpConnection and by a raw client
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

const CHUNKS = 10000;
$base = new EventBase();
[$http, $port] = http_test_server($base);
$sentBytes = 0;
$sentMd5 = hash_init('md5');
$http->setDefaultCallback(function (EventHttpRequest $req) use ($base, &$sentBytes, &$sentMd5) {
    $req->sendReplyStart(200, 'OK');
    $i = 0;
    /* Chunks from a timer, a batch per loop turn, like a real stream. */
    $ev = new Event($base, -1, Event::TIMEOUT | Event::PERSIST, function () use ($req, &$i, &$ev, &$sentBytes, &$sentMd5) {
        for ($k = 0; $k < 500 && $i < CHUNKS; $k++, $i++) {
            $s = "chunk $i " . str_repeat('x', $i % 50) . "\n";
            $sentBytes += strlen($s);
            hash_update($sentMd5, $s);
            $req->sendReplyChunk(http_test_buf($s));
        }
        if ($i === CHUNKS) {
            $req->sendReplyEnd();
            $ev->del();
        }
    });
    $ev->add(0.001);
});

/* Our client: the body arrives whole (libevent de-chunks it). */
$res = http_test_fetch($base, $port, EventHttpRequest::CMD_GET, '/stream', seconds: 8.0);
$sentMd5 = hash_final($sentMd5);
echo "client: code={$res['code']} lines=", substr_count($res['body'], "\n"), ' bytes=', var_export(strlen($res['body']) === $sentBytes, true),
    ' md5=', var_export(md5($res['body']) === $sentMd5, true), "\n";

/* A raw client counts the chunks on the wire. */
$sentBytes = 0;
$sentMd5 = hash_init('md5');
$raw = http_test_raw($base, $port, "GET /stream HTTP/1.1\r\nHost: x\r\n\r\n", 8.0);
[$head, $body] = explode("\r\n\r\n", $raw, 2);
$chunks = 0;
$data = '';
while (preg_match('/\A([0-9a-f]+)\r\n/', $body, $m)) {
    $len = hexdec($m[1]);
    if ($len === 0) break;
    $data .= substr($body, strlen($m[0]), $len);
    $body = substr($body, strlen($m[0]) + $len + 2);
    $chunks++;
}
echo "raw: chunks=$chunks bytes=", var_export(strlen($data) === $sentBytes, true), ' md5=', var_export(md5($data) === hash_final($sentMd5), true), "\n";
?>
--EXPECT--
client: code=200 lines=10000 bytes=true md5=true
raw: chunks=10000 bytes=true md5=true
