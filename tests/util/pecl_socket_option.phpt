--TEST--
EventUtil::setSocketOption(): PECL event's warnings, object properties as the array, any integer value
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
// a missing key or a value that is no array: PECL event's warning and false
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, 1));
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, ['l_onoff' => 1]));
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_RCVTIMEO, ['sec' => 1]));
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_SNDTIMEO, 5));
// an object's properties serve as the array
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_RCVTIMEO, (object)['sec' => 2, 'usec' => 4000]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
// any value for an integer option, cut to a C int
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_KEEPALIVE, 'abc'));
var_dump(socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_KEEPALIVE, [1]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, PHP_INT_MAX));
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_REUSEADDR, 1 << 32));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
// a failing setsockopt(): errno as a number
var_dump(EventUtil::setSocketOption($s, 12345, 1, 1));
var_dump(EventUtil::setSocketOption($s, PHP_INT_MAX, 1, 1));
var_dump(EventUtil::setSocketOption(STDIN, EventUtil::SOL_SOCKET, EventUtil::SO_REUSEADDR, 1));
?>
--EXPECTF--

Warning: EventUtil::setSocketOption(): no key "l_onoff" passed in optval in %s on line %d
bool(false)

Warning: EventUtil::setSocketOption(): no key "l_linger" passed in optval in %s on line %d
bool(false)

Warning: EventUtil::setSocketOption(): no key "usec" passed in optval in %s on line %d
bool(false)

Warning: EventUtil::setSocketOption(): no key "sec" passed in optval in %s on line %d
bool(false)
bool(true)
array(2) {
  ["sec"]=>
  int(2)
  ["usec"]=>
  int(4000)
}
bool(true)
int(0)
bool(true)
int(1)
bool(true)
bool(true)
int(0)

Warning: EventUtil::setSocketOption(): Unable to set socket option, errno: 92 in %s on line %d
bool(false)

Warning: EventUtil::setSocketOption(): Unable to set socket option, errno: 92 in %s on line %d
bool(false)

Warning: EventUtil::setSocketOption(): Unable to set socket option, errno: 88 in %s on line %d
bool(false)
