<?php
// difference: default-changelist
// A base made without an EventConfig merges epoll changes (README,
// "System calls per request"): a descriptor epoll cannot watch (a regular
// file) is refused in the loop step, where PECL's add() refuses it.
$b = new EventBase();
$f = fopen(__FILE__, 'r');
$e = new Event($b, $f, Event::READ, function () {});
var_dump($e->add());
