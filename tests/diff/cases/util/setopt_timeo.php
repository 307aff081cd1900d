<?php
require __DIR__ . '/../_lib.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
$st = stream_socket_server('tcp://127.0.0.1:0');
foreach ([[EventUtil::SOL_SOCKET, EventUtil::SO_RCVTIMEO, ['sec' => 1, 'usec' => 2]], [EventUtil::SOL_SOCKET, EventUtil::SO_SNDTIMEO, ['sec' => 1]], [EventUtil::SOL_SOCKET, EventUtil::SO_SNDTIMEO, 5], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVTIMEO, ['sec' => -1, 'usec' => -1]], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVTIMEO, ['sec' => PHP_INT_MAX, 'usec' => 0]], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVTIMEO, ['sec' => 1, 'usec' => 2000000]], [EventUtil::SOL_SOCKET, EventUtil::SO_RCVTIMEO, ['usec' => 5]], [EventUtil::SOL_SOCKET, EventUtil::SO_SNDTIMEO, ['sec' => '2', 'usec' => 1.5]]] as $a) { echo json_encode($a), ' '; t(fn() => EventUtil::setSocketOption($s, ...$a)); t(fn() => EventUtil::setSocketOption($st, ...$a)); }
