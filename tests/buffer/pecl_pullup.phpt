--TEST--
EventBuffer::pullup() returns the whole buffer, NULL for 0 or an empty buffer
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
var_dump($b->pullup(0), $b->pullup(-1), $b->pullup(1));
$b->add("hello world");
var_dump($b->pullup(3), $b->pullup(0), $b->pullup(-5), $b->pullup(11), $b->pullup(12));
$c = new EventBuffer();
$c->add("abc");
$o = new EventBuffer();
$o->add("def");
$c->addBuffer($o);
var_dump($c->pullup(2), $c->contiguous_space >= 2, $c->length);
$c->freeze(true);
var_dump($c->pullup(-1));
?>
--EXPECT--
NULL
NULL
NULL
string(11) "hello world"
NULL
string(11) "hello world"
string(11) "hello world"
NULL
string(6) "abcdef"
bool(true)
int(6)
string(6) "abcdef"
