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

Warning: Event::__construct(): Invalid mask in %s on line 8
ok: \Event::__set_state(array(
   'pending' => NULL,
   'data' => NULL,
))

Warning: Event::__construct(): Invalid mask in %s on line 9
ok: \Event::__set_state(array(
   'pending' => NULL,
   'data' => NULL,
))
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
ok: \Event::__set_state(array(
   'pending' => false,
   'data' => NULL,
))
TypeError: Event::__construct(): Argument #1 ($base) must be of type EventBase, stdClass given
ArgumentCountError: Event::__construct() expects at least 4 arguments, 2 given
Exception: valid PHP stream resource expected
Exception: Invalid file descriptor
ok: \Event::__set_state(array(
   'pending' => false,
   'data' => NULL,
))
ok: true
ok: true
ok: true
ok: true
TypeError: Event::add(): Argument #1 ($timeout) must be of type float, string given
ok: true
ok: false
TypeError: Event::setPriority(): Argument #1 ($priority) must be of type int, string given
ok: NULL
ok: 'O:5:"Event":2:{s:7:"pending";b:0;s:4:"data";N;}'
ok: \Event::__set_state(array(
   'pending' => NULL,
   'data' => NULL,
))
Error: Trying to clone an uncloneable object of class Event

Warning: Event::setPriority(): Unable to set event priority: 1 in %s on line 38
ok: false
ok: true
ok: NULL

Warning: Event::add(): Failed adding event: Event object is malformed or freed in %s on line 44
ok: false

Warning: Event::del(): Failed deletting event in %s on line 44
ok: false

Warning: Event::removeTimer(): Event object is malformed or freed in %s on line 44
ok: false

Warning: Event::addTimer(): Failed adding event: Event object is malformed or freed in %s on line 44
ok: false

Warning: Event::delTimer(): Failed deletting event in %s on line 44
ok: false

Warning: Event::addSignal(): Failed adding event: Event object is malformed or freed in %s on line 44
ok: false

Warning: Event::delSignal(): Failed deletting event in %s on line 44
ok: false

Warning: Event::setPriority(): Event object is malformed or freed in %s on line 46
ok: false

Warning: Event::pending(): Event object is malformed or freed in %s on line 47
ok: false

Warning: Event::set(): Event object is malformed or freed in %s on line 48
ok: false

Warning: Event::setTimer(): Event object is malformed or freed in %s on line 49
ok: false

Warning: EventBase::set(): Event object is malformed or freed in %s on line 50
ok: false
ok: NULL
again 5
