--TEST--
EventUtil::getLastSocketErrno() / getLastSocketError(): global errno, a socket's pending error, bad input
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(is_int(EventUtil::getLastSocketErrno()));
var_dump(is_string(EventUtil::getLastSocketError()));
var_dump(EventUtil::getLastSocketError(null) === EventUtil::getLastSocketError());

// a port nobody listens on: bind, read the port, close
$tmp = stream_socket_server("tcp://127.0.0.1:0");
$port = (int)explode(':', stream_socket_get_name($tmp, false))[1];
fclose($tmp);

$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($s);
@socket_connect($s, '127.0.0.1', $port);
$r = null; $w = [$s]; $e = null;
socket_select($r, $w, $e, 2);

// the pending SO_ERROR is reported, and kept on the Socket afterwards
$errno = EventUtil::getLastSocketErrno($s);
var_dump($errno === SOCKET_ECONNREFUSED);
var_dump(EventUtil::getLastSocketErrno($s) === SOCKET_ECONNREFUSED);
var_dump(socket_last_error($s) === SOCKET_ECONNREFUSED);
var_dump(EventUtil::getLastSocketError($s) === socket_strerror(SOCKET_ECONNREFUSED));

// a healthy socket has no error
$ok = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(EventUtil::getLastSocketErrno($ok));
$srv = stream_socket_server("tcp://127.0.0.1:0");
var_dump(EventUtil::getLastSocketError($srv) === socket_strerror(0));

// not a socket: false
$f = fopen(__FILE__, 'r');
var_dump(EventUtil::getLastSocketError($f));

// bad input
try { EventUtil::getLastSocketErrno(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { EventUtil::getLastSocketErrno("x"); } catch (TypeError $e) { echo "TypeError\n"; }
try { EventUtil::getLastSocketError("x"); } catch (TypeError $e) { echo "TypeError\n"; }
socket_close($ok);
try { EventUtil::getLastSocketErrno($ok); } catch (EventException $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
bool(false)
EventUtil::getLastSocketErrno(): Argument #1 ($socket) must be of type ?Socket, stdClass given
TypeError
TypeError
the Socket is closed
