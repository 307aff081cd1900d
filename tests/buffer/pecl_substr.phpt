--TEST--
EventBuffer::substr(): a negative start is false, one past the end warns; a frozen front is read
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
$b->add("0123456789");
var_dump($b->substr(-1), $b->substr(11), $b->substr(10), $b->substr(2, -2), $b->substr(8, 5));
$b->freeze(true);
var_dump($b->substr(1, 3));
$e = new EventBuffer();
var_dump($e->substr(0), $e->substr(1));
?>
--EXPECTF--

Warning: EventBuffer::substr(): Failed to set position to 11 in %s on line 4
bool(false)
bool(false)
string(0) ""
string(8) "23456789"
string(2) "89"
string(3) "123"

Warning: EventBuffer::substr(): Failed to set position to 1 in %s on line 8
string(0) ""
bool(false)
