--TEST--
EventBuffer::search()/searchEol(): a start past the end warns and searches from 0; a negative one is 0
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
$b->add("abcabc\nx");
var_dump($b->search("c", 100), $b->search("c", -2), $b->search("c", 0, -2), $b->search("c", 4, 100));
var_dump($b->searchEol(100), $b->searchEol(-5), $b->searchEol(0, 99), $b->searchEol(0, -1));
$e = new EventBuffer();
var_dump($e->search("a", 1), $e->searchEol(3));
?>
--EXPECTF--

Warning: EventBuffer::search(): Failed to set position to 100 in %s on line 4
int(2)
int(2)
int(2)
int(5)

Warning: EventBuffer::searchEol(): Failed to set position to 100 in %s on line 5
int(6)
int(6)
bool(false)
bool(false)

Warning: EventBuffer::search(): Failed to set position to 1 in %s on line 7

Warning: EventBuffer::searchEol(): Failed to set position to 3 in %s on line 7
bool(false)
bool(false)
