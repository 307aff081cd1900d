--TEST--
EventBuffer::lock()/unlock() take no argument, as in PECL event
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
$b->add("abc");
var_dump($b->lock(), $b->unlock());
$b->enableLocking();
$b->lock();
var_dump($b->read(2));
$b->unlock();
try { $b->lock(true); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { $b->unlock(false); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
NULL
NULL
string(2) "ab"
EventBuffer::lock() expects exactly 0 arguments, 1 given
EventBuffer::unlock() expects exactly 0 arguments, 1 given
