--TEST--
EventBufferEvent::enable()/disable()/setWatermark() take any int, as PECL event does
--EXTENSIONS--
event
--FILE--
<?php
$base = new EventBase();
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
var_dump($bev->disable(Event::WRITE), $bev->enable(Event::TIMEOUT), $bev->getEnabled(), $bev->disable(-1), $bev->getEnabled());
var_dump($bev->enable(255), $bev->getEnabled(), $bev->disable(255));
var_dump($bev->setWatermark(-1, -1, -1), $bev->setWatermark(Event::READ, PHP_INT_MAX, 0));
?>
--EXPECT--
bool(true)
bool(true)
int(1)
bool(true)
int(0)
bool(true)
int(255)
bool(true)
NULL
NULL
