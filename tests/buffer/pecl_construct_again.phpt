--TEST--
EventBuffer::__construct() called again starts an empty buffer
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
$b->add("old");
$b->__construct();
var_dump($b->length, $b->read(10));
$b->add("new");
var_dump($b->read(10));
?>
--EXPECT--
int(0)
NULL
string(3) "new"
