--TEST--
EventBuffer::readLine() with an unknown EOL style returns NULL
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
$b->add("one\ntwo\n");
var_dump($b->readLine(5), $b->readLine(-1), $b->readLine(PHP_INT_MAX), $b->readLine(EventBuffer::EOL_LF));
?>
--EXPECT--
NULL
NULL
NULL
string(3) "one"
