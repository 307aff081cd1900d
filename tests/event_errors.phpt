--TEST--
Event: bad input, use after free(), serialization and clone refused
--EXTENSIONS--
sockets
--FILE--
<?php
function t(callable $f) {
	try { $r = $f(); echo "ok: ", var_export($r, true), "\n"; }
	catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$b = new EventBase();
$cb = function () {};
t(fn() => new Event($b, -1, 1 << 10, $cb));
t(fn() => new Event($b, -1, -1, $cb));
t(fn() => new Event($b, -2, Event::READ, $cb));
t(fn() => new Event($b, 1.5, Event::READ, $cb));
t(fn() => new Event($b, new stdClass, Event::READ, $cb));
t(fn() => new Event($b, -1, Event::TIMEOUT, "nope"));
t(fn() => new Event(new stdClass, -1, Event::TIMEOUT, $cb));
t(fn() => new Event($b, -1));
$f = fopen(__FILE__, "r");
fclose($f);
t(fn() => new Event($b, $f, Event::READ, $cb));
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_close($s);
t(fn() => new Event($b, $s, Event::READ, $cb));
t(fn() => Event::timer($b, "nope"));

$e = new Event($b, -1, Event::TIMEOUT, $cb);
t(fn() => $e->add(-2));
t(fn() => $e->add(NAN));
t(fn() => $e->add(INF));
t(fn() => $e->add(1e13));
t(fn() => $e->add("soon"));
t(fn() => $e->pending(-1));
t(fn() => $e->pending(1 << 10));
t(fn() => $e->setPriority("x"));
t(fn() => $e->__construct($b, -1, Event::TIMEOUT, $cb));
t(fn() => serialize($e));
t(fn() => unserialize('O:5:"Event":0:{}'));
t(fn() => clone $e);
// a priority the base does not have
t(fn() => $e->setPriority(1));
t(fn() => $e->setPriority(0));

$e->free();
t(fn() => $e->free());
foreach (['add', 'del', 'removeTimer', 'addTimer', 'delTimer', 'addSignal', 'delSignal'] as $m) {
	t(fn() => $e->$m());
}
t(fn() => $e->setPriority(0));
t(fn() => $e->pending(Event::TIMEOUT));
t(fn() => $e->set($b, -1));
t(fn() => $e->setTimer($b, $cb));
t(fn() => $b->set($e));
t(fn() => $e->pending);
// a freed Event can be constructed again
$e->__construct($b, -1, Event::TIMEOUT, function ($fd, $what, $arg) { echo "again $arg\n"; }, 5);
$e->add(0);
$b->loop();
?>
--EXPECTF--
ValueError: Event::__construct(): Argument #3 ($what) must be a combination of Event::* flag constants
ValueError: Event::__construct(): Argument #3 ($what) must be a combination of Event::* flag constants
ValueError: file descriptor must be a non-negative integer or -1, -2 given
TypeError: expected a stream resource, a Socket or a file descriptor, float given
TypeError: expected a stream resource, a Socket or a file descriptor, stdClass given
TypeError: Event::__construct(): Argument #4 ($cb) must be a valid callback, function "nope" not found or invalid function name
TypeError: Event::__construct(): Argument #1 ($base) must be of type EventBase, stdClass given
ArgumentCountError: Event::__construct() expects at least 4 arguments, 2 given
TypeError: expected a stream resource, %s
EventException: the Socket is closed
TypeError: Event::timer(): Argument #2 ($cb) must be a valid callback, function "nope" not found or invalid function name
ValueError: Event::add(): Argument #1 ($timeout) must be -1 (no timeout) or a number of seconds between 0 and 1e12
ValueError: Event::add(): Argument #1 ($timeout) must be -1 (no timeout) or a number of seconds between 0 and 1e12
ValueError: Event::add(): Argument #1 ($timeout) must be -1 (no timeout) or a number of seconds between 0 and 1e12
ValueError: Event::add(): Argument #1 ($timeout) must be -1 (no timeout) or a number of seconds between 0 and 1e12
TypeError: Event::add(): Argument #1 ($timeout) must be of type float, string given
ValueError: Event::pending(): Argument #1 ($flags) must be a combination of Event::* flag constants
ValueError: Event::pending(): Argument #1 ($flags) must be a combination of Event::* flag constants
TypeError: Event::setPriority(): Argument #1 ($priority) must be of type int, string given
EventException: Event object is already constructed
Exception: Serialization of 'Event' is not allowed
Exception: Unserialization of 'Event' is not allowed
Error: Trying to clone an uncloneable object of class Event
ok: false
ok: true
ok: NULL
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
EventException: Event object has been freed or was not initialised
ok: false
again 5
