--TEST--
GC: Event cycles through its callback, $arg, $data and $fd are collected
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
