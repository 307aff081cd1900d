--TEST--
EventBuffer::read()/copyout() with huge counts return what is there; below -1 is a ValueError
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
$b->add("hello");
$d = "";
var_dump($b->copyout($d, PHP_INT_MAX), $d, $b->read(PHP_INT_MAX));
foreach ([-2, PHP_INT_MIN] as $n) {
    try { $b->read($n); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
    try { $b->copyout($d, $n); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
?>
--EXPECT--
int(5)
string(5) "hello"
string(5) "hello"
EventBuffer::read(): Argument #1 ($max_bytes) must be greater than or equal to -1
EventBuffer::copyout(): Argument #2 ($max_bytes) must be greater than or equal to -1
EventBuffer::read(): Argument #1 ($max_bytes) must be greater than or equal to -1
EventBuffer::copyout(): Argument #2 ($max_bytes) must be greater than or equal to -1
