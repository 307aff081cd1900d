--TEST--
EventBufferEvent::close() returns whether it closed a descriptor, and forgets it
--EXTENSIONS--
event
--FILE--
<?php
$base = new EventBase();
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
var_dump($bev->close(), $bev->fd, $bev->close());
[$a] = EventBufferEvent::createPair($base);
var_dump($a->close(), (new EventBufferEvent($base))->close());
?>
--EXPECT--
bool(true)
NULL
bool(false)
bool(false)
bool(false)
