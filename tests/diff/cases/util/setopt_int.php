<?php
require __DIR__ . '/../_lib.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
$st = stream_socket_server('tcp://127.0.0.1:0');
foreach ([[EventUtil::SOL_SOCKET, EventUtil::SO_REUSEADDR, 1], [EventUtil::SOL_SOCKET, EventUtil::SO_KEEPALIVE, 1], [EventUtil::SOL_SOCKET, EventUtil::SO_KEEPALIVE, 0], [EventUtil::SOL_SOCKET, EventUtil::SO_BROADCAST, 1], [EventUtil::SOL_SOCKET, EventUtil::SO_OOBINLINE, 1], [EventUtil::SOL_SOCKET, EventUtil::SO_DONTROUTE, 1], [EventUtil::SOL_SOCKET, EventUtil::SO_SNDBUF, 8192], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVLOWAT, 1], [EventUtil::SOL_SOCKET, EventUtil::SO_SNDLOWAT, 1], [EventUtil::SOL_SOCKET, EventUtil::SO_DEBUG, 0], [EventUtil::SOL_TCP, EventUtil::TCP_NODELAY, 1]] as $a) { echo json_encode($a), ' '; t(fn() => EventUtil::setSocketOption($s, ...$a)); t(fn() => EventUtil::setSocketOption($st, ...$a)); }
