<?php
require __DIR__ . '/../_lib.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
$st = stream_socket_server('tcp://127.0.0.1:0');
$cl = fopen('php://memory', 'r'); fclose($cl);
$closedsock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($closedsock);
$f = fopen(__FILE__, 'r');
$dir = opendir(__DIR__);
foreach (['s' => $s, 'st' => $st, 'closed' => $cl, 'closedsock' => $closedsock, 'file' => $f, 'dir' => $dir, 'ctx' => stream_context_create(), 'neg' => -1, 'big' => PHP_INT_MAX, 'str' => '3', 'arr' => [], 'null' => null, 'float' => 1.5, 'obj' => new stdClass, 'zero' => 0, 'true' => true, 'memory' => fopen('php://memory', 'r'), 'temp' => fopen('php://temp', 'r'), 'output' => fopen('php://output', 'w'), 'int' => 12345] as $k => $v) { echo "$k "; t(fn() => is_int(EventUtil::getSocketFd($v)) && EventUtil::getSocketFd($v) > 2 ? 'fd' : EventUtil::getSocketFd($v)); }
t(fn() => EventUtil::getSocketFd());
t(fn() => EventUtil::getSocketFd($s) === EventUtil::getSocketFd($s));
t(fn() => EventUtil::getSocketFd(socket_import_stream($st)) === EventUtil::getSocketFd($st));
