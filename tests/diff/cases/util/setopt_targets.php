<?php
require __DIR__ . '/../_lib.inc';
$st = stream_socket_server('tcp://127.0.0.1:0');
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x);
$e = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); @socket_connect($e, '127.0.0.1', 1);
$m = fopen('php://memory', 'r');
$f = fopen(__FILE__, 'r');
$cl = fopen(__FILE__, 'r'); fclose($cl);
foreach (['neg' => -1, 'bad' => 99999, 'str' => 'x', 'stdin' => STDIN, 'null' => null, 'arr' => [], 'float' => 1.5, 'obj' => new stdClass, 'closed-socket' => $x, 'failed-socket' => $e, 'memory' => $m, 'file' => $f, 'closed-stream' => $cl, 'ctx' => stream_context_create(), 'fd' => EventUtil::getSocketFd($st), 'big' => PHP_INT_MAX] as $k => $v) { echo "$k "; t(fn() => EventUtil::setSocketOption($v, EventUtil::SOL_SOCKET, EventUtil::SO_REUSEADDR, 1)); }
t(fn() => EventUtil::setSocketOption($st, 1, 2));
t(fn() => EventUtil::setSocketOption($st, '1', '2', 1));
t(fn() => EventUtil::setSocketOption($st, 1.5, 2, 1));
t(fn() => EventUtil::setSocketOption($st, 'a', 2, 1));
