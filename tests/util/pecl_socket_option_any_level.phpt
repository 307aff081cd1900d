--TEST--
EventUtil::setSocketOption(): SO_LINGER, SO_RCVTIMEO and SO_SNDTIMEO take their array form at any level, as PECL event picks it by the option name alone
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
foreach ([[SOL_SOCKET, SO_LINGER, 5], [9, SO_LINGER, 5], [9, SO_RCVTIMEO, 50], [9, SO_SNDTIMEO, 50], [SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1, 'usec' => 0]], [SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 1]]] as [$l, $n, $v]) {
    echo "$l/$n: ";
    var_dump(EventUtil::setSocketOption($p[0], $l, $n, $v));
}
?>
--EXPECTF--
1/%d: 
Warning: EventUtil::setSocketOption(): no key "l_onoff" passed in optval in %s on line %d
bool(false)
9/%d: 
Warning: EventUtil::setSocketOption(): no key "l_onoff" passed in optval in %s on line %d
bool(false)
9/%d: 
Warning: EventUtil::setSocketOption(): no key "sec" passed in optval in %s on line %d
bool(false)
9/%d: 
Warning: EventUtil::setSocketOption(): no key "sec" passed in optval in %s on line %d
bool(false)
1/%d: bool(true)
1/%d: bool(true)
