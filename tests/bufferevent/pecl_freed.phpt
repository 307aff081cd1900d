--TEST--
EventBufferEvent: methods of a freed object warn "Buffer Event is not initialized" and return false
--EXTENSIONS--
event
--FILE--
<?php
$base = new EventBase();
$bev = new EventBufferEvent($base);
$bev->free();
var_dump($bev->free(), $bev->close(), @$bev->write("x"), @$bev->getEnabled(), @$bev->sslGetProtocol());
var_dump(error_get_last()["message"]);
var_dump($bev);
?>
--EXPECT--
NULL
bool(false)
bool(false)
bool(false)
bool(false)
string(67) "EventBufferEvent::sslGetProtocol(): Buffer Event is not initialized"
object(EventBufferEvent)#2 (2) {
  ["priority"]=>
  NULL
  ["allow_ssl_dirty_shutdown"]=>
  bool(false)
}
