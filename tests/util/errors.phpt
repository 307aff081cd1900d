--TEST--
EventUtil::getLastSocketErrno() / getLastSocketError(): errno, as PECL event reports it (false for a closed or failed Socket), bad input
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
try { EventUtil::getLastSocketErrno(new stdClass); } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
try { EventUtil::getLastSocketErrno("x"); } catch (Throwable $e) { echo get_class($e), "\n"; }
try { EventUtil::getLastSocketError("x"); } catch (Throwable $e) { echo get_class($e), "\n"; }
socket_close($ok);
try { var_dump(EventUtil::getLastSocketErrno($ok)); } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
int(115)
bool(false)
string(25) "Operation now in progress"
Invalid file descriptor
Exception
Exception
bool(false)
