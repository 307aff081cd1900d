<?php
require __DIR__ . '/../_lib.inc';
$g = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(EventUtil::setSocketOption($g, EventUtil::SOL_SOCKET, EventUtil::SO_RCVTIMEO, ['sec' => 1, 'usec' => 4000]));
var_dump(EventUtil::setSocketOption($g, EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, ['l_onoff' => 1, 'l_linger' => 7]));
var_dump(EventUtil::setSocketOption($g, EventUtil::SOL_SOCKET, EventUtil::SO_KEEPALIVE, 1));
var_dump(EventUtil::setSocketOption($g, EventUtil::SOL_SOCKET, EventUtil::SO_REUSEADDR, 1 << 32));
var_dump(socket_get_option($g, SOL_SOCKET, SO_RCVTIMEO), socket_get_option($g, SOL_SOCKET, SO_LINGER), socket_get_option($g, SOL_SOCKET, SO_KEEPALIVE), socket_get_option($g, SOL_SOCKET, SO_REUSEADDR));
