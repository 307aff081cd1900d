--TEST--
EventBufferEvent: a bufferevent on a stream keeps the stream open after the script drops its reference (PECL closes the connection under it)
--FILE--
<?php
$b = new EventBase();
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($b, $x, 0);
$bev->enable(Event::READ | Event::WRITE);
$x = null;
stream_set_blocking($y, false);
var_dump(fread($y, 1), feof($y));
var_dump($bev->write("hello"));
$b->loop(EventBase::LOOP_NONBLOCK);
var_dump(fread($y, 10));
// Freed, the bufferevent lets the stream go: the peer sees the end.
$bev->free();
$r = [$y]; $w = $e = null;
var_dump(stream_select($r, $w, $e, 1), fread($y, 10), feof($y));
?>
--EXPECT--
string(0) ""
bool(false)
bool(true)
string(5) "hello"
int(1)
string(0) ""
bool(true)
