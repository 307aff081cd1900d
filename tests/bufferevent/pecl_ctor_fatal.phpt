--TEST--
EventBufferEvent::__construct() with options libevent refuses: PECL event's fatal error
--EXTENSIONS--
event
--FILE--
<?php
$base = new EventBase();
new EventBufferEvent($base, null, -1);
echo "not reached\n";
?>
--EXPECTF--

Fatal error: EventBufferEvent::__construct(): Failed to allocate bufferevent for socket in %s on line 3
