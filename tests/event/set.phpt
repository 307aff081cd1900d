--TEST--
Event: set(), setTimer() and EventBase::set() re-configure a non-pending event
--FILE--
<?php
$b = new EventBase();
$b2 = new EventBase();
$log = [];
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$e = new Event($b, -1, Event::TIMEOUT, function ($fd, $what, $arg) use (&$log) { $log[] = "first:$arg"; }, "a");
$e->add(10);
// pending: refused
var_dump($e->set($b, $y, Event::TIMEOUT, function () {}));
var_dump($e->setTimer($b, function () {}));
var_dump($b2->set($e));
$e->del();

// new callback and arg
var_dump($e->set($b, $y, Event::TIMEOUT, function ($fd, $what, $arg) use (&$log) { $log[] = "second:$arg"; }, "b"));
var_dump($e->data);
$e->add(0);
$b->loop();
// what/cb/arg omitted: kept
var_dump($e->set($b, -1));
$e->add(0);
$b->loop();
var_dump($log);

// now an fd watcher, with the stream passed back
$got = null;
var_dump($e->set($b, $x, Event::WRITE, function ($fd, $what, $arg) use (&$got) { $got = [$fd, $what, $arg]; }, null));
$e->add();
$b->loop();
var_dump($got[0] === $x, $got[1] === Event::WRITE, $got[2]);

// setTimer: the one-argument timer callback
var_dump($e->setTimer($b, function (...$args) use (&$got) { $got = $args; }, "targ"));
$e->add(0);
$b->loop();
var_dump($got);

// moved to another base: fires in that base's loop, and survives the old base
var_dump($b2->set($e));
$e->add(0);
$got = null;
var_dump($b->loop(), $got);
var_dump($b2->loop(), $got);
$b->free();
var_dump($e->add(0), $e->pending);
$e->del();
var_dump($e->setTimer($b2, fn() => null));
try { $e->setTimer($b, fn() => null); } catch (EventException $ex) { echo $ex->getMessage(), "\n"; }
try { $e->set($b, -1); } catch (EventException $ex) { echo $ex->getMessage(), "\n"; }
$b2->free();
try { $e->add(); } catch (EventException $ex) { echo $ex->getMessage(), "\n"; }

// bad input
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, fn() => null);
foreach ([
	fn() => $e->set($b, -1, 1 << 12),
	fn() => $e->set($b, [], Event::READ),
	fn() => $e->set($b, -5, Event::READ),
	fn() => $e->set($b, $y, Event::TIMEOUT, "no such function"),
	fn() => $e->setTimer($b, "no such function"),
] as $f) {
	try { $f(); } catch (Throwable $ex) { echo get_class($ex), ": ", $ex->getMessage(), "\n"; }
}
?>
--EXPECTF--

Warning: Event::set(): Can't modify pending event in %s on line 9
bool(false)

Warning: Event::setTimer(): Can't modify pending timer in %s on line 10
bool(false)

Warning: EventBase::set(): Can't modify pending event in %s on line 11
bool(false)
bool(true)
string(1) "b"
bool(true)
array(2) {
  [0]=>
  string(8) "second:b"
  [1]=>
  string(8) "second:b"
}
bool(true)
bool(true)
bool(true)
NULL
bool(true)
array(1) {
  [0]=>
  string(4) "targ"
}
bool(true)
bool(true)
NULL
bool(true)
array(1) {
  [0]=>
  string(4) "targ"
}
bool(true)
bool(true)
bool(true)
EventBase object has been freed or was not initialised
EventBase object has been freed or was not initialised

Warning: Event::add(): Failed adding event: Event object is malformed or freed in %s on line 51

Warning: Event::set(): Invalid events mask in %s on line 57
Exception: Invalid file descriptor
Exception: Invalid file descriptor
TypeError: Event::set(): Argument #4 ($cb) must be a valid callback or null, function "no such function" not found or invalid function name
TypeError: Event::setTimer(): Argument #2 ($cb) must be a valid callback, function "no such function" not found or invalid function name
