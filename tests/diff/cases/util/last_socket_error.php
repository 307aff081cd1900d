<?php
require __DIR__ . '/../_lib.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_connect($s, '127.0.0.1', 1);
t(fn() => EventUtil::getLastSocketError());
t(fn() => EventUtil::getLastSocketError(null));
t(fn() => EventUtil::getLastSocketError($s));
$s2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t(fn() => EventUtil::getLastSocketError($s2));
$st = stream_socket_server('tcp://127.0.0.1:0');
t(fn() => EventUtil::getLastSocketError($st));
t(fn() => EventUtil::getLastSocketError(5));
t(fn() => EventUtil::getLastSocketError(-1));
t(fn() => EventUtil::getLastSocketError('x'));
t(fn() => EventUtil::getLastSocketError([]));
t(fn() => EventUtil::getLastSocketError(STDIN));
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x);
t(fn() => EventUtil::getLastSocketError($x));
t(fn() => EventUtil::getLastSocketError(1, 2));
