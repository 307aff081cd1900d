--TEST--
Event: cycles through the callback, $data and the base are collected
--FILE--
<?php
class Watcher {
	public $ev;
	public function __construct(EventBase $b) {
		$this->ev = new Event($b, -1, Event::TIMEOUT, [$this, 'fire'], $this);
		$this->ev->add(100);
	}
	public function fire() {}
	public function __destruct() { echo "Watcher destroyed\n"; }
}
$b = new EventBase();
new Watcher($b);
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
Watcher destroyed
after first collect
bool(true)
bool(true)
done
