--TEST--
EventUtil::getSocketName() and getSocketFd() on streams, Socket objects, integers and UNIX paths
--EXTENSIONS--
sockets
--FILE--
<?php
$srv = stream_socket_server("tcp://127.0.0.1:0", $errno, $errstr);
[$host, $port] = explode(':', stream_socket_get_name($srv, false));

var_dump(EventUtil::getSocketName($srv, $addr, $p));
var_dump($addr === $host, $p === (int)$port);

// the port argument is optional
$addr = null;
var_dump(EventUtil::getSocketName($srv, $addr), $addr);

// integer descriptor of the same socket
$fd = EventUtil::getSocketFd($srv);
var_dump(is_int($fd) && $fd > 2);
var_dump(EventUtil::getSocketName($fd, $a2, $p2), $a2 === $host, $p2 === (int)$port);

// ext/sockets Socket
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
socket_getsockname($s, $sa, $sp);
var_dump(EventUtil::getSocketName($s, $a3, $p3), $a3 === $sa, $p3 === $sp);
var_dump(EventUtil::getSocketFd($s) !== $fd);

// UNIX path: the address is the path, the port is null
$path = sys_get_temp_dir() . '/event_util_name_' . getmypid() . '.sock';
@unlink($path);
$u = stream_socket_server("unix://$path", $errno, $errstr);
$p4 = 'untouched';
var_dump(EventUtil::getSocketName($u, $a4, $p4), $a4 === $path, $p4);
fclose($u);
@unlink($path);

// failures
$f = fopen(__FILE__, 'r');
var_dump(EventUtil::getSocketName($f, $a5, $p5));
foreach (['not a socket', 1.5, [], new stdClass] as $bad) {
    try { EventUtil::getSocketFd($bad); } catch (Throwable $e) { echo get_class($e), "\n"; }
}
try { EventUtil::getSocketFd(-1); } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
socket_close($s);
try { EventUtil::getSocketFd($s); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { EventUtil::getSocketName($s, $x); } catch (Throwable $e) { echo get_class($e), "\n"; }
echo "done\n";
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
NULL

Warning: EventUtil::getSocketName(): Unable to retreive socket name, errno: 88 in %s on line %d
bool(false)
Exception
Exception
Exception
Exception
Invalid file descriptor
done
