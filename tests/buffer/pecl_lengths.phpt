--TEST--
EventBuffer::drain()/appendFrom()/expand() take negative lengths as PECL event does
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
$b->add("0123456789");
var_dump($b->drain(-1), $b->length);
$b->add("abc");
var_dump($b->drain(PHP_INT_MIN), $b->length);
$src = new EventBuffer();
$src->add("0123456789");
var_dump($b->appendFrom($src, -1), $b->length, $src->length);
$src->add("xy");
var_dump($b->appendFrom($src, PHP_INT_MIN), $b->read(100));
var_dump($b->expand(-1), $b->expand(PHP_INT_MAX), $b->expand(100));
?>
--EXPECT--
bool(true)
int(0)
bool(true)
int(0)
int(10)
int(10)
int(0)
int(2)
string(12) "0123456789xy"
bool(false)
bool(false)
bool(true)
