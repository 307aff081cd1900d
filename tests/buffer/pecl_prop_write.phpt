--TEST--
EventBuffer: assigning $length is a fatal error, as in PECL event
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
$b->add("abc");
$b->length = 3;
echo "not reached\n";
?>
--EXPECTF--

Fatal error: main(): Cannot write property in %s on line 4
