<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], "x");
$e = new Event($b, $p[0], Event::READ, function ($fd, $what, $arg) { echo gettype($fd), ' ', is_int($fd) ? ($fd > 2 ? 'fd' : 'low') : '', " $what $arg\n"; }, 'a');
$e->add();
$b->loop(EventBase::LOOP_ONCE);
list($r, $w) = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($w, 'y');
$e = new Event($b, $r, Event::READ, function ($fd, $what, $arg) { echo gettype($fd), ' ', is_int($fd) ? ($fd > 2 ? 'fd' : 'low') : '', " $what $arg\n"; }, 'b');
$e->add();
$b->loop(EventBase::LOOP_ONCE);
