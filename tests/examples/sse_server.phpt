--TEST--
examples/sse_server.php: GET /events?history=3 is a text/event-stream that replays the last three events and then gets new ones with increasing ids; a client that leaves is forgotten
--SKIPIF--
<?php if (!function_exists('proc_open')) die('skip proc_open() is needed'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';

$port = example_free_port();
$child = example_start('sse_server.php', [$port, 20]);   // an event every 20 ms
example_wait_output($child, '~^events on http://127\.0\.0\.1:\d+/events$~m');
usleep(200000);   // some history to replay

$c = example_connect($port);
fwrite($c, "GET /events?history=3 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
$head = '';
while (($line = fgets($c)) !== false && $line !== "\r\n") {
    $head .= $line;
}
echo strtok($head, "\r\n"), "\n";
var_dump(stripos($head, "\r\nContent-Type: text/event-stream\r\n") !== false);
var_dump(stripos($head, "\r\nTransfer-Encoding: chunked\r\n") !== false);

/* Reads chunks until 6 events came (bounded by the stream's 5 s timeout). */
$stream = '';
$ids = [];
while (count($ids) < 6 && ($size = fgets($c)) !== false) {
    $n = hexdec(trim($size));
    $stream .= $n > 0 ? stream_get_contents($c, $n) : '';
    fgets($c);
    preg_match_all('/^id: (\d+)\ndata: (\{.*\})\n\n/m', $stream, $m);
    $ids = array_map('intval', $m[1]);
}
var_dump(str_starts_with($stream, "retry: 1000\n\n"));
var_dump(count($ids) >= 6);
var_dump($ids === range($ids[0], $ids[0] + count($ids) - 1));  // consecutive, none lost
var_dump(json_decode($m[2][0], true)['n'] === $ids[0]);
fclose($c);
$left = example_wait_output($child, '/^client 1 left: (\d+) events sent, 0 dropped$/m');
var_dump($left !== null && $left[1] >= 6);
example_stop($child);
?>
--EXPECT--
HTTP/1.1 200 OK
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
