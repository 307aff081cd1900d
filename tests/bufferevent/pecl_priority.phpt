--TEST--
EventBufferEvent: setPriority() takes a C int; $priority reads NULL
--EXTENSIONS--
event
--FILE--
<?php
$base = new EventBase();
$base->priorityInit(3);
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
var_dump($bev->setPriority(2), $bev->setPriority(-1), $bev->setPriority(PHP_INT_MIN), $bev->setPriority(PHP_INT_MAX));
$bev->priority = 1;
var_dump($bev->priority, isset($bev->priority), $bev->allow_ssl_dirty_shutdown);
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
NULL
bool(false)
bool(true)
