<?php
// A descriptor epoll cannot watch (a regular file): add() refuses it at once.
$b = new EventBase();
$f = fopen(__FILE__, 'r');
$e = new Event($b, $f, Event::READ, function () {});
var_dump($e->add());
