--TEST--
EventBufferEvent::__construct(): PECL event's descriptor errors, a closed Socket, constructing again
--EXTENSIONS--
event
sockets
--FILE--
<?php
$base = new EventBase();
foreach ([-1, -2, PHP_INT_MAX, "x", 1.5, [], new stdClass, fopen("php://memory", "r")] as $fd) {
    try { new EventBufferEvent($base, $fd); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($s);
$bev = new EventBufferEvent($base, $s);
var_dump(@$bev->getEnabled(), $bev->fd);
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev->__construct($base, $x);
var_dump(is_int($bev->fd), $bev->getEnabled());
$bev->__construct($base);
var_dump($bev->fd);
var_dump(count(EventBufferEvent::createPair($base, EventBufferEvent::OPT_UNLOCK_CALLBACKS)), EventBufferEvent::createPair($base, -1));
?>
--EXPECT--
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Cannot fetch file descriptor from memory based stream
bool(false)
NULL
bool(true)
int(4)
NULL
int(2)
bool(false)
