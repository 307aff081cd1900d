--TEST--
Event: signals via Event::signal() and the constructor (SIGUSR1 sent with posix_kill)
--EXTENSIONS--
posix
pcntl
--FILE--
<?php
$b = new EventBase();
$calls = [];
$s = Event::signal($b, SIGUSR1, function (...$args) use (&$calls, $b) {
	$calls[] = $args;
	if (count($calls) === 2) { $b->stop(); }
}, "sarg");
var_dump($s->pending);
var_dump($s->addSignal());
var_dump($s->pending, $s->pending(Event::SIGNAL));
$kick = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () { posix_kill(getmypid(), SIGUSR1); });
$kick->add(0.005);
$guard = Event::timer($b, function () use ($b) { echo "timeout\n"; $b->stop(); });
$guard->addTimer(2);
$b->loop();
var_dump($calls === [[SIGUSR1, "sarg"], [SIGUSR1, "sarg"]]);
var_dump($s->delSignal(), $s->pending);
$kick->del();

// the generic constructor: the callback gets ($signum, $what, $arg)
$got = null;
$e = new Event($b, SIGUSR2, Event::SIGNAL, function ($sig, $what, $arg) use (&$got) { $got = [$sig, $what, $arg]; }, 7);
$e->add();
posix_kill(getmypid(), SIGUSR2);
$b->loop(EventBase::LOOP_ONCE);
var_dump($got === [SIGUSR2, Event::SIGNAL, 7], $e->pending);

function t(callable $f) {
	try { $f(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
t(fn() => Event::signal($b, 0, function () {}));
t(fn() => Event::signal($b, 100000, function () {}));
t(fn() => Event::signal($b, -1, function () {}));
t(fn() => new Event($b, "x", Event::SIGNAL, function () {}));
t(fn() => new Event($b, 0, Event::SIGNAL, function () {}));
?>
--EXPECTF--
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
no error

Warning: Event::signal(): Invalid signal passed in %s on line 32
no error

Warning: Event::signal(): Invalid signal passed in %s on line 33
no error
no error
no error
