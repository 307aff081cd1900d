<?php
// difference: bevent-socket-ownership
// The script drops its stream after making a bufferevent on it.
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
