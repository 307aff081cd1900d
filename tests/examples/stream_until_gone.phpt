--TEST--
examples/stream_until_gone.php: GET / streams "line N" every 100 ms; when the client goes away the connection's close callback runs, the timer stops, and no socket is left in CLOSE_WAIT
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is needed');
if (!is_readable('/proc/net/tcp')) die('skip /proc/net/tcp is needed');
?>
--FILE--
<?php
require __DIR__ . '/examples.inc';
require __DIR__ . '/../http_helpers.inc';

$port = example_free_port();
$child = example_start('stream_until_gone.php', [$port]);

$c = example_connect($port);
fwrite($c, "GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
$head = '';
while (($line = fgets($c)) !== false && $line !== "\r\n") {
    $head .= $line;
}
echo strtok($head, "\r\n"), "\n";
echo fgets($c), fgets($c), fgets($c);
fclose($c);

echo example_wait_output($child, '/^connection closed.*$/m')[0] ?? '', "\n";
$m = example_wait_output($child, '/^client gone after (\d+) lines$/m');
var_dump($m !== null && $m[1] >= 3 && $m[1] < 50);
echo "close_wait: ", http_test_sockets($port), "\n";
example_stop($child);
?>
--EXPECT--
HTTP/1.0 200 OK
line 1
line 2
line 3
connection closed with a reply unfinished
bool(true)
close_wait: 0
