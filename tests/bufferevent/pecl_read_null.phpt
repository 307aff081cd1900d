--TEST--
EventBufferEvent::read() returns NULL when nothing is read
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
?>
--EXPECT--
NULL
NULL
NULL
NULL
string(3) "012"
string(7) "3456789"
