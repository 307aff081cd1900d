--TEST--
EventBufferEvent::connectHost(): PECL event's family check comes first and refuses only bits outside AF_INET|AF_INET6 (8 passes, libevent's lookup then fails)
--FILE--
<?php
$base = new EventBase();
$bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE);
foreach ([-1, 1, 3, 8, 12] as $f) {
    echo "family $f: ";
    var_dump($bev->connectHost(null, '127.0.0.1', 1, $f));
}
$bev->free();
echo "freed, family 3: ";
var_dump($bev->connectHost(null, '127.0.0.1', 1, 3));
echo "freed, family 2: ";
var_dump($bev->connectHost(null, '127.0.0.1', 1, 2));
?>
--EXPECTF--
family -1: 
Warning: EventBufferEvent::connectHost(): Invalid address family specified in %s on line %d
bool(false)
family 1: 
Warning: EventBufferEvent::connectHost(): Invalid address family specified in %s on line %d
bool(false)
family 3: 
Warning: EventBufferEvent::connectHost(): Invalid address family specified in %s on line %d
bool(false)
family 8: bool(false)
family 12: 
Warning: EventBufferEvent::connectHost(): Invalid address family specified in %s on line %d
bool(false)
freed, family 3: 
Warning: EventBufferEvent::connectHost(): Invalid address family specified in %s on line %d
bool(false)
freed, family 2: 
Warning: EventBufferEvent::connectHost(): Buffer Event is not initialized in %s on line %d
bool(false)
