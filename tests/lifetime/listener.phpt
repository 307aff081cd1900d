--TEST--
EventListener: base freed first, cycles, bad constructor input, no serialization or cloning
--FILE--
<?php
$base = new EventBase();
$l = new EventListener($base, fn() => null, null, EventListener::OPT_CLOSE_ON_FREE, -1, "127.0.0.1:0");
$base->free();
var_dump($l->fd);
try { $l->enable(); } catch (EventException $e) { echo $e->getMessage(), "\n"; }
try { new EventListener($base, fn() => null, null, 0, -1, "127.0.0.1:0"); }
catch (EventException $e) { echo $e->getMessage(), "\n"; }
unset($l, $base);

// the listener keeps its base alive
$l = new EventListener(new EventBase(), fn() => null, null, EventListener::OPT_CLOSE_ON_FREE, -1, "127.0.0.1:0");
var_dump($l->getBase() instanceof EventBase, $l->getBase() === $l->getBase());

// a cycle through the callback and the data is collected
$base = new EventBase();
$o = new stdClass;
$o->l = new EventListener($base, function () use ($o) {}, $o, EventListener::OPT_CLOSE_ON_FREE, -1, "127.0.0.1:0");
$o->l->getSocketName($h, $port);
unset($o);
var_dump(gc_collect_cycles() > 0);
// the port is free again: the listener was freed
$again = new EventListener($base, fn() => null, null, EventListener::OPT_CLOSE_ON_FREE, -1, "127.0.0.1:$port");
var_dump($again->fd > 0);

// bad input
$cases = [
    fn() => new EventListener($base, fn() => null, null, 1 << 20, -1, "127.0.0.1:0"),
    fn() => new EventListener($base, fn() => null, null, 0, -1, "localhost:0"),
    fn() => new EventListener($base, fn() => null, null, 0, -1, "127.0.0.1:65536"),
    fn() => new EventListener($base, fn() => null, null, 0, -1, "127.0.0.1:-1"),
    fn() => new EventListener($base, fn() => null, null, 0, -1, []),
    fn() => new EventListener($base, fn() => null, null, 0, -1, -5),
    fn() => new EventListener($base, 'no_such_function', null, 0, -1, "127.0.0.1:0"),
    fn() => new EventListener($base, fn() => null, null, 0, PHP_INT_MAX, "127.0.0.1:0"),
    fn() => new EventListener(new stdClass, fn() => null, null, 0, -1, "127.0.0.1:0"),
    fn() => $again->__construct($base, fn() => null, null, 0, -1, "127.0.0.1:0"),
];
foreach ($cases as $case) {
    try { $case(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$f = fopen(__FILE__, 'r');
try { new EventListener($base, fn() => null, null, 0, -1, $f); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }

try { serialize($again); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $again->__sleep(); } catch (EventException $e) { echo $e->getMessage(), "\n"; }
try { clone $again; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r = new ReflectionClass('EventListener');
var_dump($r->isFinal());
// still alive at the end of the script: freed at shutdown without trouble
$keep = new EventListener($base, fn() => null, $base, EventListener::OPT_CLOSE_ON_FREE, -1, "127.0.0.1:0");
echo "done\n";
?>
--EXPECTF--
NULL

Warning: EventListener::enable(): EventListener is not initialized in %s on line %d
EventBase object has been freed or was not initialised
bool(true)
bool(true)
bool(true)
bool(true)
no error
no error
no error
no error
Exception: Invalid file descriptor
Exception: Invalid file descriptor
no error
no error
TypeError: EventListener::__construct(): Argument #1 ($base) must be of type EventBase, stdClass given
no error
Exception: Failed to allocate listener
EventListener instances are not serializable
EventListener instances are not serializable
Trying to clone an uncloneable object of class EventListener
bool(true)
done
