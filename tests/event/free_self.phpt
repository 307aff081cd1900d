--TEST--
Event: a callback that frees its own Event, drops the last reference to it, deletes itself, frees the base, throws
--FILE--
<?php
$b = new EventBase();

// free() on itself, then throw: the exception reaches loop()'s caller
$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$e) {
	$e->free();
	throw new RuntimeException("thrown after free");
});
$e->add(0);
try { $b->loop(); } catch (RuntimeException $ex) { echo "caught: ", $ex->getMessage(), "\n"; }
try { $e->add(); } catch (EventException $ex) { echo $ex->getMessage(), "\n"; }
$e->free();
var_dump($e->pending);

// the only reference is dropped inside the callback
$holder = new stdClass;
$holder->e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function ($fd, $what, $arg) use ($holder) {
	unset($holder->e);
	echo "dropped: $arg\n";
}, "arg survives");
$holder->e->add(0);
var_dump($b->loop());

// dropped, freed, base freed and thrown, all at once
$b2 = new EventBase();
$holder->e = new Event($b2, -1, Event::TIMEOUT | Event::PERSIST, function () use ($holder, $b2) {
	$self = $holder->e;
	unset($holder->e);
	$self->free();
	unset($self);
	$b2->free();
	throw new LogicException("all at once");
});
$holder->e->add(0);
try { $b2->loop(); } catch (LogicException $ex) { echo "caught: ", $ex->getMessage(), "\n"; }

// a persistent event that deletes itself: the loop has nothing left and returns
$n = 0;
$p = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$n, &$p) {
	if (++$n === 5) { var_dump($p->del()); }
});
$p->add(0.001);
var_dump($b->loop(), $n, $p->pending);

// a persistent fd event replacing itself with a new Event in its callback
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$count = 0;
$cb = function ($fd) use (&$w, &$cb, &$count, $b) {
	if (++$count < 4) {
		$w = new Event($b, $fd, Event::WRITE | Event::PERSIST, $cb);
		$w->add();
	} else {
		$w->free();
	}
};
$w = new Event($b, $x, Event::WRITE | Event::PERSIST, $cb);
$w->add();
var_dump($b->loop(), $count);
?>
--EXPECTF--

Warning: EventBase::loop(): Breaking the loop due to exception RuntimeException in %s on line 10
caught: thrown after free

Warning: Event::add(): Failed adding event: Event object is malformed or freed in %s on line 11
NULL
dropped: arg survives
bool(true)

Warning: EventBase::loop(): Breaking the loop due to exception LogicException in %s on line 35
caught: all at once
bool(true)
bool(true)
int(5)
bool(false)
bool(true)
int(4)
