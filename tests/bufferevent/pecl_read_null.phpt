--TEST--
EventBufferEvent::read() returns NULL when nothing is read; a negative size gives NULL also on a freed bufferevent, before its warning
--EXTENSIONS--
event
--FILE--
<?php
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
$b->enable(Event::READ);
var_dump($b->read(5));
$a->write("0123456789");
$base->loop(EventBase::LOOP_NONBLOCK);
var_dump($b->read(0), $b->read(-1), $b->read(PHP_INT_MIN), $b->read(3), $b->read(PHP_INT_MAX));
$b->free();
var_dump($b->read(-1), $b->read(PHP_INT_MIN));
var_dump($b->read(0));
?>
--EXPECTF--
NULL
NULL
NULL
NULL
string(3) "012"
string(7) "3456789"
NULL
NULL

Warning: EventBufferEvent::read(): Buffer Event is not initialized in %s on line %d
bool(false)
