--TEST--
The manual's setCloseCallback example (examples/http_closecb.php, unchanged): `GET / HTTP/1.0` through nc gets the multipart header and <html>, and killing the client prints _close_callback
--SKIPIF--
<?php
exec('command -v nc', $o, $rc);
if ($rc !== 0) die('skip nc (netcat-openbsd) is not installed');
?>
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$port = http_test_free_port();
$php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
$ext = ini_get('extension_dir');
/* ext/sockets, which the extension requires, first where it is a shared module. */
$sockets = is_file("$ext/sockets.so") ? ['-d', 'extension=sockets'] : [];
$server = proc_open([$php, '-n', '-d', "extension_dir=$ext", ...$sockets, '-d', 'extension=event',
        __DIR__ . '/../../../examples/http_closecb.php', (string)$port],
    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $spipes);
stream_set_blocking($spipes[1], false);

/* Wait until it listens. */
$deadline = microtime(true) + 5;
while (microtime(true) < $deadline && !@fsockopen('127.0.0.1', $port)) usleep(20000);

/* nc keeps the connection open (no -N): the server holds it. */
$nc = proc_open(['nc', '127.0.0.1', (string)$port], [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $npipes);
fwrite($npipes[0], "GET / HTTP/1.0\r\nConnection: close\r\n\r\n");
stream_set_blocking($npipes[1], false);
$got = '';
$deadline = microtime(true) + 5;
while (microtime(true) < $deadline && !str_contains($got, '<html>')) {
    $got .= (string)fread($npipes[1], 8192);
    usleep(10000);
}
echo strtok($got, "\r\n"), "\n";
echo str_contains($got, "Content-Type: multipart/x-mixed-replace;boundary=boundarydonotcross\r\n") ? "multipart header\n" : "no multipart header\n";
echo str_contains($got, "\r\n\r\n<html>") ? "<html> body\n" : "no body\n";

/* Kill the client abruptly. */
proc_terminate($nc, 9);
proc_close($nc);
$out = '';
$deadline = microtime(true) + 5;
while (microtime(true) < $deadline && !str_contains($out, '_close_callback')) {
    $out .= (string)fread($spipes[1], 8192);
    usleep(10000);
}
echo trim($out), "\n";
echo "close_wait: ", http_test_sockets($port), "\n";
proc_terminate($server);
proc_close($server);
?>
--EXPECT--
HTTP/1.0 200 OK
multipart header
<html> body
_close_callback
close_wait: 0
