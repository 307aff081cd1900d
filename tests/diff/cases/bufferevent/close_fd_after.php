<?php
// After close() the descriptor is forgotten.
// difference: bevent-close-fd
$base = new EventBase();
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
var_dump($bev->close(), is_int($bev->fd));
