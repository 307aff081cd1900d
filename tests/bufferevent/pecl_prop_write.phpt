--TEST--
EventBufferEvent: assigning $fd is a fatal error, as in PECL event
--EXTENSIONS--
event
--FILE--
<?php
$bev = new EventBufferEvent(new EventBase());
unset($bev->fd);
var_dump($bev->fd);
$bev->fd = 3;
echo "not reached\n";
?>
--EXPECTF--
NULL

Fatal error: main(): Cannot write property in %s on line 5
