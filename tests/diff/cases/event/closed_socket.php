<?php
// difference: event-closed-socket
// new Event() on an ext/sockets Socket that was closed (nothing that would
// crash the reference is called on the result).
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($s);
t(function () use ($b, $s) { $e = new Event($b, $s, Event::READ, function () {}); return $e->pending; });
