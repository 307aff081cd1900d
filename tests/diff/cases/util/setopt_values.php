<?php
require __DIR__ . '/../_lib.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
$st = stream_socket_server('tcp://127.0.0.1:0');
foreach ([[EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, 'abc'], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, '4096'], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, [1]], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, []], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, PHP_INT_MAX], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, -1], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, 1.5], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, null], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, true], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, NAN], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, 1 << 32]] as $a) { echo json_encode($a), ' '; t(fn() => EventUtil::setSocketOption($s, ...$a)); t(fn() => EventUtil::setSocketOption($st, ...$a)); }
