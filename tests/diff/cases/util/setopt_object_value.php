<?php
require __DIR__ . '/../_lib.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
$st = stream_socket_server('tcp://127.0.0.1:0');
t(fn() => EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, new stdClass));
t(fn() => EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_RCVTIMEO, (object)['sec' => 1, 'usec' => 2]));
t(fn() => EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, (object)['l_onoff' => 1, 'l_linger' => 2]));
