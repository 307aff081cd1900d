--TEST--
EventBase: bad input, use after free(), serialization and clone refused
--FILE--
<?php
function t(callable $f) {
	try { $r = $f(); echo "ok: ", var_export($r, true), "\n"; }
	catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$b = new EventBase();
t(fn() => $b->loop(8));
t(fn() => $b->loop(-2));
t(fn() => $b->loop("x"));
t(fn() => $b->exit(-1));
t(fn() => $b->exit(NAN));
t(fn() => $b->exit(INF));
t(fn() => $b->priorityInit("a"));
t(fn() => $b->set(new stdClass));
t(fn() => $b->__construct());
t(fn() => serialize($b));
t(fn() => unserialize('O:9:"EventBase":0:{}'));
t(fn() => clone $b);
t(fn() => $b->__sleep());
t(fn() => $b->__wakeup());
t(fn() => $b->getMethod(1));

$e = new Event($b, -1, Event::TIMEOUT, function () {});
$b->free();
t(fn() => $b->free());
foreach (['getMethod', 'getFeatures', 'dispatch', 'loop', 'exit', 'stop', 'gotStop', 'gotExit',
		'getTimeOfDayCached', 'reInit', 'updateCacheTime', 'resume'] as $m) {
	t(fn() => $b->$m());
}
t(fn() => $b->priorityInit(2));
t(fn() => $b->set($e));
// The base's events were freed with it.
t(fn() => $e->add());
t(fn() => $e->pending);
t(fn() => new Event($b, -1, Event::TIMEOUT, function () {}));
t(fn() => Event::timer($b, function () {}));
t(fn() => Event::signal($b, SIGUSR1, function () {}));
?>
--EXPECTF--
ok: true
ok: true
TypeError: EventBase::loop(): Argument #1 ($flags) must be of type int, string given
ok: true
ok: true
ok: true
TypeError: EventBase::priorityInit(): Argument #1 ($n_priorities) must be of type int, string given
TypeError: EventBase::set(): Argument #1 ($event) must be of type Event, stdClass given
ok: NULL
EventException: EventBase instances are not serializable
EventException: EventBase instances are not serializable
Error: Trying to clone an uncloneable object of class EventBase
EventException: EventBase instances are not serializable
EventException: EventBase instances are not serializable
ArgumentCountError: EventBase::getMethod() expects exactly 0 arguments, 1 given
ok: NULL
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised

Warning: Event::add(): Failed adding event: Event object is malformed or freed in %s on line 33
ok: false
ok: false
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
EventException: EventBase object has been freed or was not initialised
