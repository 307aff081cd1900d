--TEST--
GC: Event cycles through its callback, $arg, $data, $fd and its EventBase are collected
--FILE--
<?php
$base = new EventBase();
$refs = [];

// the callback captures its own Event (by reference)
function by_closure(EventBase $base): WeakReference {
	$e = new Event($base, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$e) {});
	$e->add(10);
	return WeakReference::create($e);
}
// $arg is the Event itself
function by_arg(EventBase $base): WeakReference {
	$e = Event::timer($base, function ($arg) {}, null);
	$e->data = $e;
	$e->addTimer(10);
	return WeakReference::create($e);
}
// an object method as callback, the object holds the Event; $fd is a stream
class Watcher {
	public Event $ev;
	public $peer;
	function __construct(EventBase $base) {
		[$a, $this->peer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
		$this->ev = new Event($base, $a, Event::READ | Event::PERSIST, [$this, 'onRead'], $this);
		$this->ev->add();
	}
	function onRead() {}
}
function by_method(EventBase $base): array {
	$w = new Watcher($base);
	return [WeakReference::create($w), WeakReference::create($w->ev)];
}

$refs['closure'] = by_closure($base);
$refs['arg'] = by_arg($base);
[$refs['watcher'], $refs['watcher event']] = by_method($base);

foreach ($refs as $name => $ref) {
	echo $name, ": ", $ref->get() ? "alive" : "gone", "\n";
}
var_dump(gc_collect_cycles() >= 4);
foreach ($refs as $name => $ref) {
	echo $name, ": ", $ref->get() ? "alive" : "gone", "\n";
}
// nothing is pending any more: the loop returns at once
$t = microtime(true);
$base->loop(EventBase::LOOP_NONBLOCK);
var_dump($base->gotExit(), microtime(true) - $t < 1);

echo "-- a timer method whose object holds the Event and is its \$data\n";
class TimerOwner {
	public $ev;
	public function __construct(EventBase $b) {
		$this->ev = new Event($b, -1, Event::TIMEOUT, [$this, 'fire'], $this);
		$this->ev->add(100);
	}
	public function fire() {}
	public function __destruct() { echo "TimerOwner destroyed\n"; }
}
$b = new EventBase();
new TimerOwner($b);
gc_collect_cycles();
echo "after first collect\n";

// a closure that captures its own Event by reference
function make(EventBase $b) {
	$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$e) {});
	$e->add(100);
}
make($b);
make($b);
var_dump(gc_collect_cycles() > 0);

// an Event whose base is reachable only through the Event itself
function orphan() {
	$base = new EventBase();
	$e = new Event($base, -1, Event::TIMEOUT, function () use ($base) {});
	$e->data = $e;
}
orphan();
var_dump(gc_collect_cycles() > 0);
echo "done\n";
?>
--EXPECT--
closure: alive
arg: alive
watcher: alive
watcher event: alive
bool(true)
closure: gone
arg: gone
watcher: gone
watcher event: gone
bool(false)
bool(true)
-- a timer method whose object holds the Event and is its $data
TimerOwner destroyed
after first collect
bool(true)
bool(true)
done
