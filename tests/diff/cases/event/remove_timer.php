<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
list($r, $w) = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$e = new Event($b, $r, Event::READ, function () {});
t(function () use ($e) { return $e->removeTimer(); });
$e->add(5);
t(function () use ($e) { return [$e->pending(Event::TIMEOUT), $e->pending(Event::READ)]; });
t(function () use ($e) { return $e->removeTimer(); });
t(function () use ($e) { return [$e->pending(Event::TIMEOUT), $e->pending(Event::READ)]; });
t(function () use ($e) { return $e->removeTimer(1); });
