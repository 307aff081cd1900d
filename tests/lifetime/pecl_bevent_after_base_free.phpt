--TEST--
EventBufferEvent after its EventBase was freed: freed with it, its methods warn "Buffer Event is not initialized" and return false, its properties read NULL (documented difference bevent-after-base-free: PECL reads the freed base's memory)
--FILE--
<?php
$b = new EventBase();
[$x, $y] = EventBufferEvent::createPair($b, 0);
[$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$z = new EventBufferEvent($b, $s1, EventBufferEvent::OPT_CLOSE_ON_FREE);
$b->free();
foreach ([$x, $z] as $bev) {
    var_dump($bev->enable(Event::READ), $bev->write('abc'), $bev->connect('127.0.0.1:1'), $bev->getEnabled());
    var_dump($bev->fd, $bev->input, $bev->output, $bev->close());
}
/* The socket a closed-on-free bufferevent held is closed with it. */
var_dump(fread($s2, 10), feof($s2));
?>
--EXPECTF--
Warning: EventBufferEvent::enable(): Buffer Event is not initialized in %s on line %d

Warning: EventBufferEvent::write(): Buffer Event is not initialized in %s on line %d

Warning: EventBufferEvent::connect(): Buffer Event is not initialized in %s on line %d

Warning: EventBufferEvent::getEnabled(): Buffer Event is not initialized in %s on line %d
bool(false)
bool(false)
bool(false)
bool(false)
NULL
NULL
NULL
bool(false)

Warning: EventBufferEvent::enable(): Buffer Event is not initialized in %s on line %d

Warning: EventBufferEvent::write(): Buffer Event is not initialized in %s on line %d

Warning: EventBufferEvent::connect(): Buffer Event is not initialized in %s on line %d

Warning: EventBufferEvent::getEnabled(): Buffer Event is not initialized in %s on line %d
bool(false)
bool(false)
bool(false)
bool(false)
NULL
NULL
NULL
bool(false)
string(0) ""
bool(true)
