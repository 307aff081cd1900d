--TEST--
examples/echo_server.php: a line comes back over TCP, "quit" closes that connection, "shutdown" stops the server, which then exits 0
--SKIPIF--
<?php if (!function_exists('proc_open')) die('skip proc_open() is needed'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';

$port = example_free_port();
$child = example_start('echo_server.php', [$port]);
var_dump(example_wait_output($child, '/^echo server on 127\.0\.0\.1:(\d+)$/m')[1] == $port);

$c = example_connect($port);
fwrite($c, "hello\r\nworld\n");
echo fgets($c), fgets($c);
fwrite($c, "quit\n");
var_dump(stream_get_contents($c));      // '' at once: the server closed it
var_dump(feof($c));
fclose($c);

$c = example_connect($port);
fwrite($c, "shutdown\n");
var_dump(example_wait_exit($child['proc'], 10));
fclose($c);
echo example_output($child);
example_stop($child);
?>
--EXPECTF--
bool(true)
hello
world
string(0) ""
bool(true)
int(0)
echo server on 127.0.0.1:%d
connection 0 from 127.0.0.1:%d
connection 0 closed
connection 1 from 127.0.0.1:%d
connection 1 closed
server stopped
