--TEST--
EventBuffer::readFrom() takes its count as a C int, as PECL event does
--EXTENSIONS--
event
--FILE--
<?php
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($y, false);
$b = new EventBuffer();
fwrite($x, "zzzzz");
var_dump($b->readFrom($y, 1 << 32), $b->readFrom($y, (1 << 32) + 2), $b->readFrom($y, -7), $b->read(10));
var_dump($b->readFrom($y));
fclose($x);
var_dump($b->readFrom($y));
?>
--EXPECT--
int(0)
int(2)
int(3)
string(5) "zzzzz"
bool(false)
int(0)
