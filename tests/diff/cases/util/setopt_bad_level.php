<?php
require __DIR__ . '/../_lib.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
$st = stream_socket_server('tcp://127.0.0.1:0');
foreach ([[EventUtil::SOL_SOCKET, 9999, 1], [12345, 1, 1], [PHP_INT_MAX, 1, 1], [-1, 1, 1], [EventUtil::IPPROTO_IP, 1, 1], [EventUtil::SOL_SOCKET, EventUtil::SO_TYPE, 1], [EventUtil::SOL_SOCKET, EventUtil::SO_ERROR, 1], [EventUtil::SOL_UDP, 1, 1], [EventUtil::IPPROTO_IPV6, 26, 1], [(1 << 32) | 1, 2, 1], [1, (1 << 32) | 2, 1]] as $a) { echo json_encode($a), ' '; t(fn() => EventUtil::setSocketOption($s, ...$a)); t(fn() => EventUtil::setSocketOption($st, ...$a)); }
