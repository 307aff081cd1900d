--TEST--
EventListener: a callable defined after construction, warnings on a freed listener, getSocketName() with one argument, reconstruct
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBase();
// any callable at construction: one defined later is called
$srv = stream_socket_server('tcp://127.0.0.1:0');
$l = new EventListener($b, 'defined_later', 'D', EventListener::OPT_REUSEABLE, -1, $srv);
function defined_later($l, $fd, $addr, $data) { global $b; echo "defined_later ", gettype($fd), ' ', $addr[0], ' ', $data, "\n"; $b->exit(); }
$c = stream_socket_client('tcp://' . stream_socket_get_name($srv, false), $en, $es, 2);
$t = new Event($b, -1, Event::TIMEOUT, function () use ($b) { echo "timeout\n"; $b->exit(); });
$t->add(2);
$b->dispatch();
// setCallback() checks its callable, as PECL event does
try { $l->setCallback('no_such_function'); } catch (TypeError $e) { echo get_class($e), "\n"; }
// a freed listener warns and returns false
$l->free();
var_dump($l->enable(), $l->disable(), $l->getBase(), $l->setCallback('strlen'), $l->setErrorCallback('strlen'));
var_dump($l->getSocketName($a), $l->free());
// constructed again: a new listener
$l = new EventListener($b, 'strlen', null, EventListener::OPT_CLOSE_ON_FREE, -1, '127.0.0.1:0');
$fd = $l->fd;
$l->__construct($b, 'strlen', null, EventListener::OPT_CLOSE_ON_FREE, -1, '127.0.0.1:0');
var_dump(is_int($l->fd));
?>
--EXPECTF--
defined_later integer 127.0.0.1 D
TypeError

Warning: EventListener::enable(): EventListener is not initialized in %s on line %d

Warning: EventListener::disable(): EventListener is not initialized in %s on line %d

Warning: EventListener::getBase(): EventListener is not initialized in %s on line %d

Warning: EventListener::setCallback(): EventListener is not initialized in %s on line %d

Warning: EventListener::setErrorCallback(): EventListener is not initialized in %s on line %d
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)

Warning: EventListener::getSocketName(): EventListener is not initialized in %s on line %d
bool(false)
NULL
bool(true)
