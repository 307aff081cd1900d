<?php
require __DIR__ . '/../_lib.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
$st = stream_socket_server('tcp://127.0.0.1:0');
foreach ([[EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, ['l_onoff' => 1, 'l_linger' => 2]], [EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, 1], [EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, ['l_onoff' => 1]], [EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, []], [EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, ['l_linger' => 1]], [EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, ['l_onoff' => PHP_INT_MAX, 'l_linger' => -1]], [EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, ['l_onoff' => 'x', 'l_linger' => '3']], [EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, null]] as $a) { echo json_encode($a), ' '; t(fn() => EventUtil::setSocketOption($s, ...$a)); t(fn() => EventUtil::setSocketOption($st, ...$a)); }
