<?php
require __DIR__ . '/../_lib.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t(fn() => EventUtil::getSocketFd($s) > 2);
@socket_connect($s, '127.0.0.1', 1);
t(fn() => socket_last_error($s));
t(fn() => EventUtil::getSocketFd($s));
socket_clear_error($s);
t(fn() => EventUtil::getSocketFd($s) > 2);
$n = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_set_nonblock($n);
@socket_connect($n, '127.0.0.1', 1);
t(fn() => socket_last_error($n));
t(fn() => EventUtil::getSocketFd($n) > 2);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP); socket_bind($u, '127.0.0.1', 0); socket_set_nonblock($u);
var_dump(@socket_recvfrom($u, $buf, 10, 0, $a, $p), socket_last_error($u));
t(fn() => EventUtil::getSocketFd($u));
