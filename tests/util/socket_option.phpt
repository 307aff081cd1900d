--TEST--
EventUtil::setSocketOption(): integer options, SO_LINGER and SO_*TIMEO arrays, bad input
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);

var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_REUSEADDR, 1));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_REUSEADDR, 0));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));

var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_TCP, EventUtil::TCP_NODELAY, true));
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY) !== 0);

var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_KEEPALIVE, "1"));
var_dump(socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));

var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_LINGER, ['l_onoff' => 1, 'l_linger' => 7]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));

var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_RCVTIMEO, ['sec' => 3, 'usec' => 500000]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_SNDTIMEO, ['sec' => 2, 'usec' => 0]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_SNDTIMEO));

// a stream and an integer descriptor work too
$srv = stream_socket_server("tcp://127.0.0.1:0");
var_dump(EventUtil::setSocketOption($srv, EventUtil::SOL_SOCKET, EventUtil::SO_RCVBUF, 65536));
var_dump(EventUtil::setSocketOption(EventUtil::getSocketFd($srv), EventUtil::SOL_SOCKET, EventUtil::SO_SNDBUF, 65536));

// bad input
foreach ([
    [EventUtil::SO_LINGER, ['l_onoff' => 1]],
    [EventUtil::SO_RCVTIMEO, ['usec' => 1]],
    [EventUtil::SO_LINGER, 5],
    [EventUtil::SO_REUSEADDR, [1]],
    [EventUtil::SO_REUSEADDR, PHP_INT_MAX],
] as [$opt, $val]) {
    try {
        EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, $opt, $val);
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
// the kernel refuses: a warning and false
var_dump(EventUtil::setSocketOption($s, 12345, 1, 1));
$f = fopen(__FILE__, 'r');
var_dump(EventUtil::setSocketOption($f, EventUtil::SOL_SOCKET, EventUtil::SO_REUSEADDR, 1));
try { EventUtil::setSocketOption("x", EventUtil::SOL_SOCKET, EventUtil::SO_REUSEADDR, 1); } catch (Throwable $e) { echo get_class($e), "\n"; }
?>
--EXPECTF--
bool(true)
int(1)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
int(1)
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(7)
}
bool(true)
array(2) {
  ["sec"]=>
  int(3)
  ["usec"]=>
  int(500000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(2)
  ["usec"]=>
  int(0)
}
bool(true)
bool(true)

Warning: EventUtil::setSocketOption(): no key "l_linger" passed in optval in %s on line %d
no error

Warning: EventUtil::setSocketOption(): no key "sec" passed in optval in %s on line %d
no error

Warning: EventUtil::setSocketOption(): no key "l_onoff" passed in optval in %s on line %d
no error
no error
no error

Warning: EventUtil::setSocketOption(): Unable to set socket option, errno: 92 in %s on line %d
bool(false)

Warning: EventUtil::setSocketOption(): Unable to set socket option, errno: 88 in %s on line %d
bool(false)
Exception
