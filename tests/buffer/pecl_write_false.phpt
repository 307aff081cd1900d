--TEST--
EventBuffer::write() returns false when it writes nothing; a negative count writes everything
--EXTENSIONS--
event
--FILE--
<?php
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$b = new EventBuffer();
var_dump($b->write($x), $b->write($x, -1));
$b->add("hello");
var_dump($b->write($x, 0), $b->write($x, -2), fread($y, 10));
$b->add("again");
var_dump($b->write($x, PHP_INT_MIN), fread($y, 10));
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
int(5)
string(5) "hello"
int(5)
string(5) "again"
