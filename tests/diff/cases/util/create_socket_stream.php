<?php
require __DIR__ . '/../_lib.inc';
$st = stream_socket_server('tcp://127.0.0.1:0');
$name = stream_socket_get_name($st, false);
$k = EventUtil::createSocket(EventUtil::getSocketFd($st));
var_dump(socket_getsockname($k, $addr, $port), $addr, $port === (int)substr($name, strrpos($name, ':') + 1));
var_dump(socket_set_nonblock($k), socket_set_block($k));
$u = stream_socket_server('udp://127.0.0.1:0', $en, $es, STREAM_SERVER_BIND);
$k2 = EventUtil::createSocket(EventUtil::getSocketFd($u));
var_dump(socket_getsockname($k2, $addr), $addr);
var_dump(socket_get_option($k2, SOL_SOCKET, SO_TYPE) === SOCK_DGRAM);
