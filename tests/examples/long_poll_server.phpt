--TEST--
examples/long_poll_server.php: GET /poll is held until the producer's next event answers it, /stats counts the waiting and the produced, and a client that leaves is dropped by the close callback
--SKIPIF--
<?php if (!function_exists('proc_open')) die('skip proc_open() is needed'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';

$port = example_free_port();
$child = example_start('long_poll_server.php', [$port]);
example_wait_output($child, '~^long poll on http://127\.0\.0\.1:\d+/poll$~m');

function stats(int $port): string
{
    return example_http($port, 'GET', '/stats')[2] ?? "no reply\n";
}

/* Waits (bounded) until /stats says $want. */
function wait_stats(int $port, string $want): string
{
    $deadline = microtime(true) + 5;
    while (($got = stats($port)) !== $want && microtime(true) < $deadline) {
        usleep(50000);
    }
    return $got;
}

echo stats($port);

/* One client that leaves before any event: the close callback forgets it. */
$gone = example_connect($port);
fwrite($gone, "GET /poll HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
echo wait_stats($port, "{\"waiting\":1,\"produced\":0,\"left\":0}\n");
fclose($gone);
echo example_wait_output($child, '/^a client left, 0 waiting$/m')[0] ?? '', "\n";
echo stats($port);

/* One that waits: the producer (every 2 s) answers it. */
$c = example_connect($port);
fwrite($c, "GET /poll HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
stream_set_timeout($c, 6);
$t0 = microtime(true);
$r = example_parse_reply((string)stream_get_contents($c));
fclose($c);
echo $r[0] ?? 'no reply', ' | ', $r[1]['content-type'] ?? '-', "\n";
$event = json_decode($r[2] ?? '', true);
var_dump($event['event'] ?? null, strtotime($event['time'] ?? '') > 0, microtime(true) - $t0 < 5);
echo example_wait_output($child, '/^event 1 sent to 1 client\(s\)$/m')[0] ?? '', "\n";
echo stats($port);
example_stop($child);
?>
--EXPECT--
{"waiting":0,"produced":0,"left":0}
{"waiting":1,"produced":0,"left":0}
a client left, 0 waiting
{"waiting":0,"produced":0,"left":1}
HTTP/1.0 200 OK | application/json
int(1)
bool(true)
bool(true)
event 1 sent to 1 client(s)
{"waiting":0,"produced":1,"left":1}
