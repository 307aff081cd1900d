--TEST--
EventUtil: PECL event's rules for sockets (Exception for what is no descriptor, -1 for a closed or failed Socket, errno reported)
--EXTENSIONS--
sockets
--FILE--
<?php
// What EventUtil takes as a socket, as PECL event reads it
foreach ([-1, PHP_INT_MAX, '3', null, 1.5, [], new stdClass, true] as $v) {
    try { EventUtil::getSocketFd($v); echo "no error\n"; } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
foreach (['php://memory', 'php://temp'] as $u) {
    try { EventUtil::getSocketFd(fopen($u, 'r')); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
try { EventUtil::getSocketFd(opendir(__DIR__)); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { EventUtil::getSocketFd(stream_context_create()); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$f = fopen(__FILE__, 'r'); fclose($f);
try { EventUtil::getSocketFd($f); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
// a closed Socket and one whose last operation failed have no descriptor (-1)
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x);
var_dump(EventUtil::getSocketFd($x));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_connect($s, '127.0.0.1', 1);
var_dump(EventUtil::getSocketFd($s), EventUtil::getLastSocketErrno($s), EventUtil::getLastSocketError($s));
var_dump(EventUtil::setSocketOption($s, EventUtil::SOL_SOCKET, EventUtil::SO_REUSEADDR, 1));
$a = 'A';
var_dump(EventUtil::getSocketName($s, $a), $a);
socket_clear_error($s);
var_dump(EventUtil::getSocketFd($s) > 2);
// a non-blocking connect() in progress still has its descriptor
$n = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_set_nonblock($n);
@socket_connect($n, '127.0.0.1', 1);
var_dump(socket_last_error($n) === SOCKET_EINPROGRESS, EventUtil::getSocketFd($n) > 2);
// getLastSocketErrno()/Error() report errno, whatever socket is given
@EventUtil::getSocketName(99999, $a);
var_dump(EventUtil::getLastSocketErrno(), EventUtil::getLastSocketErrno(STDIN), EventUtil::getLastSocketError(99999));
?>
--EXPECT--
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Cannot fetch file descriptor from memory based stream
Exception: Cannot fetch file descriptor from memory based stream
Invalid file descriptor
valid PHP stream resource expected
valid PHP stream resource expected
int(-1)
int(-1)
bool(false)
bool(false)
bool(false)
bool(false)
string(1) "A"
bool(true)
bool(true)
bool(true)
int(9)
int(9)
string(19) "Bad file descriptor"
