--TEST--
EventBuffer::read() returns NULL when it reads nothing; -1 reads everything
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
var_dump($b->read(5), $b->read(0));
$b->add("0123456789");
var_dump($b->read(0), $b->read(2), $b->read(-1), $b->read(1));
$b->add("frozen");
$b->freeze(true);
var_dump($b->read(3), $b->length);
?>
--EXPECT--
NULL
NULL
NULL
string(2) "01"
string(8) "23456789"
NULL
NULL
int(6)
