--TEST--
EventListener: listening on a stream or a Socket the script created; the script keeps owning it (documented difference listener-target-ownership)
--EXTENSIONS--
sockets
--FILE--
<?php
$base = new EventBase();
$n = 0;
$cb = function ($l, $fd, $addr, $arg) use (&$n, $base) {
    $n++;
    socket_close(EventUtil::createSocket($fd));
    $base->stop();
};

// a listening stream; OPT_CLOSE_ON_FREE does not close the stream's descriptor
$srv = stream_socket_server("tcp://127.0.0.1:0");
$port = (int)explode(':', stream_socket_get_name($srv, false))[1];
$l = new EventListener($base, $cb, null, EventListener::OPT_CLOSE_ON_FREE, 0, $srv);
var_dump($l->fd === EventUtil::getSocketFd($srv));
$c = stream_socket_client("tcp://127.0.0.1:$port", $e, $s, 2);
$base->exit(2.0); $base->loop();
var_dump($n);
$l->free();
unset($l);
// the stream still listens
$c2 = stream_socket_client("tcp://127.0.0.1:$port", $e, $s, 2);
var_dump(is_resource(stream_socket_accept($srv, 2)));

// the stream is kept alive by the listener
$srv2 = stream_socket_server("tcp://127.0.0.1:0");
$port2 = (int)explode(':', stream_socket_get_name($srv2, false))[1];
$l = new EventListener($base, $cb, null, 0, 0, $srv2);
unset($srv2);
$c3 = stream_socket_client("tcp://127.0.0.1:$port2", $e, $s, 2);
$base->exit(2.0); $base->loop();
var_dump($n);
unset($l);

// an ext/sockets Socket, bound here; the listener calls listen() (backlog > 0)
$sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($sock, '127.0.0.1', 0);
socket_getsockname($sock, $a, $port3);
$l = new EventListener($base, $cb, null, EventListener::OPT_CLOSE_ON_FREE, 8, $sock);
var_dump($l->getSocketName($a2, $p2), $p2 === $port3);
$c4 = stream_socket_client("tcp://127.0.0.1:$port3", $e, $s, 2);
$base->exit(2.0); $base->loop();
var_dump($n);
$l->free();
var_dump(socket_getsockname($sock, $a3, $p3), $p3 === $port3);
socket_close($sock);
// a closed Socket: the listener is left unset up, as in PECL event
try { $x = new EventListener($base, $cb, null, 0, 8, $sock); var_dump($x->fd); } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
bool(true)
int(1)
bool(true)
int(2)
bool(true)
bool(true)
int(3)
bool(true)
bool(true)
NULL
