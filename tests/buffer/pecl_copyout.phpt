--TEST--
EventBuffer::copyout() leaves $data alone when it copies nothing; -1 copies everything
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
$d = "keep";
var_dump($b->copyout($d, 5), $d);
$b->add("hello");
var_dump($b->copyout($d, 0), $d);
var_dump($b->copyout($d, -1), $d);
$d = 42;
var_dump($b->copyout($d, 2), $d);
$a = [];
var_dump($b->copyout($a, 2), $a);
$b->freeze(true);
$d = "frozen";
var_dump($b->copyout($d, 2), $d, $b->length);
?>
--EXPECTF--
int(0)
string(4) "keep"
int(0)
string(4) "keep"
int(5)
string(5) "hello"
int(2)
string(2) "he"

Warning: Array to string conversion in %s on line 11
int(2)
string(2) "he"
int(-1)
string(6) "frozen"
int(5)
