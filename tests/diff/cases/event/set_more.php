<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
list($r, $w) = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$e = new Event($b, $r, Event::READ, function ($fd, $what, $arg) { echo "cb ", gettype($fd), " $what "; var_dump($arg); }, 'a');
$e->add();
t(function () use ($e, $b, $w) { return $e->set($b, $w, Event::WRITE); });
$e->del();
t(function () use ($e, $b, $w) { return $e->set($b, $w, Event::WRITE, null, 'b'); });
t(function () use ($e, $b, $w) { return $e->set($b, $w); });
t(function () use ($e, $b) { return $e->set($b, 'x', Event::READ); });
t(function () use ($e, $b, $w) { return $e->set($b, $w, Event::WRITE | Event::SIGNAL); });
t(function () use ($e, $b, $w) { return $e->set($b, $w, 0); });
t(function () use ($e) { return $e->add(); });
$b->loop(EventBase::LOOP_ONCE);
