<?php
// The array forms are picked by the option name at any level.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
foreach ([[SOL_SOCKET, SO_LINGER, 5], [9, SO_LINGER, 5], [9, SO_RCVTIMEO, 50], [9, SO_SNDTIMEO, 50], [SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1, 'usec' => 0]], [SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 1]]] as [$l, $n, $v]) {
    echo "$l/$n: ";
    var_dump(EventUtil::setSocketOption($p[0], $l, $n, $v));
}
