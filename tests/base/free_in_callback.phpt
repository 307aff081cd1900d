--TEST--
EventBase: free() from inside a callback of its own loop
--FILE--
<?php
$b = new EventBase();
$log = [];
$e1 = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$log, $b) {
	$log[] = "e1";
	$b->free();
	$log[] = "after free";
	try { $b->getMethod(); } catch (EventException $ex) { $log[] = "base freed"; }
});
$e2 = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$log) { $log[] = "e2"; });
$e1->add(0);
$e2->add(0.01);
var_dump($b->loop());
var_dump($log);
var_dump($e1->pending, $e2->pending);
try { $e2->add(); } catch (EventException $ex) { echo $ex->getMessage(), "\n"; }
try { $b->loop(); } catch (EventException $ex) { echo $ex->getMessage(), "\n"; }

// free() then throw: the exception still reaches loop()'s caller.
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () use ($b) {
	$b->free();
	throw new LogicException("after free");
});
$e->add(0);
try { $b->loop(); } catch (LogicException $ex) { echo "caught ", $ex->getMessage(), "\n"; }

// The only reference to the base is in the callback's closure, which frees it.
function run() {
	$b = new EventBase();
	$holder = new stdClass;
	$holder->ev = new Event($b, -1, Event::TIMEOUT, function () use ($b, $holder) {
		$b->free();
		unset($holder->ev);
		echo "freed inside\n";
	});
	$holder->ev->add(0);
	return $b;
}
$b = run();
var_dump($b->loop());

// A nested loop of another base, freeing the outer base from inside.
$outer = new EventBase();
$inner = new EventBase();
$o = new Event($outer, -1, Event::TIMEOUT, function () use ($outer, $inner) {
	$i = new Event($inner, -1, Event::TIMEOUT, function () use ($outer) { $outer->free(); echo "inner\n"; });
	$i->add(0);
	var_dump($inner->loop());
});
$o->add(0);
var_dump($outer->loop());
echo "done\n";
?>
--EXPECTF--
bool(true)
array(3) {
  [0]=>
  string(2) "e1"
  [1]=>
  string(10) "after free"
  [2]=>
  string(10) "base freed"
}
bool(false)
bool(false)

Warning: Event::add(): Failed adding event: Event object is malformed or freed in %s on line 16
EventBase object has been freed or was not initialised

Warning: EventBase::loop(): Breaking the loop due to exception LogicException in %s on line 26
caught after free
freed inside
bool(true)
inner
bool(true)
bool(true)
done
