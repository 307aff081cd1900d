--TEST--
examples/chunked_stream_server.php: GET /stream?n=3 over HTTP/1.1 gets three chunks about 100 ms apart and the last chunk; a client that leaves mid-stream stops its stream
--SKIPIF--
<?php if (!function_exists('proc_open')) die('skip proc_open() is needed'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';

$port = example_free_port();
$child = example_start('chunked_stream_server.php', [$port]);
example_wait_output($child, '~^streaming on http://127\.0\.0\.1:\d+/$~m');

/* Reads one chunk (size line, data, CRLF); null at the end of the stream. */
function read_chunk($c): ?string
{
    $size = fgets($c);
    if ($size === false) {
        return null;
    }
    $n = hexdec(trim($size));
    $data = $n > 0 ? stream_get_contents($c, $n) : '';
    fgets($c);  // the CRLF after the data
    return $data;
}

$c = example_connect($port);
fwrite($c, "GET /stream?n=3 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
$head = '';
while (($line = fgets($c)) !== false && $line !== "\r\n") {
    $head .= $line;
}
echo strtok($head, "\r\n"), "\n";
var_dump(stripos($head, "\r\nTransfer-Encoding: chunked\r\n") !== false);
var_dump(stripos($head, "\r\nContent-Type: text/plain\r\n") !== false);
$t0 = microtime(true);
while (($chunk = read_chunk($c)) !== null && $chunk !== '') {
    echo preg_replace('/\d\d:\d\d:\d\d/', 'HH:MM:SS', $chunk);
}
$took = microtime(true) - $t0;
var_dump($chunk);                      // the last chunk: size 0
var_dump($took > 0.15 && $took < 5);    // chunks 2 and 3 came 100 ms apart
var_dump(stream_get_contents($c));     // and then the server closed
fclose($c);

/* A client that leaves after two chunks of a thousand. */
$c = example_connect($port);
fwrite($c, "GET /stream?n=1000 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
while (($line = fgets($c)) !== false && $line !== "\r\n");
read_chunk($c);
echo read_chunk($c) === null ? "no second chunk\n" : "two chunks\n";
fclose($c);
$m = example_wait_output($child, '/^client left after (\d+) chunks$/m');
var_dump($m !== null && $m[1] >= 2 && $m[1] < 100);   // it stopped at once, not after 1000
example_stop($child);
?>
--EXPECT--
HTTP/1.1 200 OK
bool(true)
bool(true)
chunk 1 of 3 at HH:MM:SS
chunk 2 of 3 at HH:MM:SS
chunk 3 of 3 at HH:MM:SS
string(0) ""
bool(true)
string(0) ""
two chunks
bool(true)
