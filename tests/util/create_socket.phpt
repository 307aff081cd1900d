--TEST--
EventUtil::createSocket(): a Socket that owns an accepted descriptor and works with ext/sockets
--EXTENSIONS--
sockets
--FILE--
<?php
$base = new EventBase();
$got = null;
$l = new EventListener($base, function ($l, $fd, $addr) use (&$got, $base) {
    $got = [$fd, $addr];
    $base->stop();
}, null, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, "127.0.0.1:0");
$l->getSocketName($host, $port);
$c = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
$base->exit(2.0);
$base->loop();
[$fd, $addr] = $got;

$sock = EventUtil::createSocket($fd);
var_dump($sock instanceof Socket);
var_dump(EventUtil::getSocketFd($sock) === $fd);

// the family is right: socket_getsockname()/getpeername() work
var_dump(socket_getsockname($sock, $la, $lp), $la, $lp === $port);
var_dump(socket_getpeername($sock, $pa, $pp), $pa, $pp === $addr[1]);
var_dump(socket_get_option($sock, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);

// data both ways
fwrite($c, "ping");
var_dump(socket_read($sock, 4));
var_dump(socket_write($sock, "pong"));
var_dump(fread($c, 4));

// closing the Socket closes the descriptor: the client sees EOF
socket_close($sock);
var_dump(fread($c, 10), feof($c));

// failures
try { EventUtil::createSocket(-1); } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
$f = fopen(__FILE__, 'r');
var_dump(EventUtil::createSocket(EventUtil::getSocketFd($f)));
var_dump(@EventUtil::createSocket(1000000));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(4) "ping"
int(4)
string(4) "pong"
string(0) ""
bool(true)

Warning: EventUtil::createSocket(): Invalid file descriptor in %s on line %d

Warning: EventUtil::createSocket(): Unable to obtain socket family [88]: Socket operation on non-socket in %s on line %d
object(Socket)#%d (0) {
}
object(Socket)#%d (0) {
}
