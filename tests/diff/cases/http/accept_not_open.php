<?php
// accept() of a descriptor number that is not open, and of closed Sockets and streams.
// libevent's epoll warning comes from accept() itself.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = new EventHttp($base);
show('accept 9999', fn() => $http->accept(9999));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($s);
show('accept closed Socket', fn() => $http->accept($s));
$f = fopen(__FILE__, 'r');
fclose($f);
show('accept closed stream', fn() => $http->accept($f));
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_connect($u, '127.0.0.1', free_port()); // refused: the Socket remembers its error
show('accept failed Socket', fn() => $http->accept($u));
$t = new Event($base, -1, Event::TIMEOUT, fn() => $base->exit());
$t->add(0.05);
show('loop', fn() => $base->loop());
