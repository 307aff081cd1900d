--TEST--
GC: EventBufferEvent cycles through its callbacks, $arg and its buffers are collected; a buffer outlives its collected bufferevent
--FILE--
<?php
$base = new EventBase();
$refs = [];

// each callback captures its own bufferevent; the pair's ends hold each other
function pair(EventBase $base): array {
	[$a, $b] = EventBufferEvent::createPair($base);
	$a->setCallbacks(function () use (&$a, $b) {}, function () use (&$a) {}, function () use (&$a) {});
	$b->setCallbacks(null, null, fn() => $a, $b);   // $arg is itself
	$a->enable(Event::READ | Event::WRITE);
	$b->enable(Event::READ | Event::WRITE);
	return [WeakReference::create($a), WeakReference::create($b)];
}
// a socket bufferevent whose input buffer is kept in a closure of its own
function socket_bev(EventBase $base): array {
	[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
	$bev = new EventBufferEvent($base, $x, EventBufferEvent::OPT_CLOSE_ON_FREE);
	$in = $bev->getInput();
	$bev->setCallbacks(function () use ($bev, $in) {}, null, null);
	$bev->enable(Event::READ);
	return [WeakReference::create($bev), WeakReference::create($in), $y];
}

[$refs['pair a'], $refs['pair b']] = pair($base);
[$refs['socket'], $refs['socket input'], $peer] = socket_bev($base);
foreach ($refs as $name => $ref) {
	echo $name, ": ", $ref->get() ? "alive" : "gone", "\n";
}
var_dump(gc_collect_cycles() >= 3);
foreach ($refs as $name => $ref) {
	echo $name, ": ", $ref->get() ? "alive" : "gone", "\n";
}
// OPT_CLOSE_ON_FREE: the collected bufferevent closed its socket
var_dump(fread($peer, 1), feof($peer));

echo "-- an object holding its bufferevent, itself as \$arg\n";
class Conn {
	public $bev;
	function __construct(EventBase $base) {
		[$this->bev] = EventBufferEvent::createPair($base);
		// object -> bufferevent -> closure -> object, and bufferevent -> arg -> object
		$this->bev->setCallbacks(function ($bev) { $this->bev; }, null, null, $this);
	}
	function __destruct() { echo "Conn destroyed\n"; }
}
new Conn($base);
[$a, $b] = EventBufferEvent::createPair($base);
$a->setCallbacks(fn($bev, $arg) => $arg, null, null, $a); // itself as $arg
$in = $a->getInput();
unset($a, $b);
var_dump(gc_collect_cycles() >= 2);
// The input buffer outlives its collected bufferevent.
$in->add("x");
var_dump($in->length);
echo "done\n";
?>
--EXPECT--
pair a: alive
pair b: alive
socket: alive
socket input: alive
bool(true)
pair a: gone
pair b: gone
socket: gone
socket input: gone
string(0) ""
bool(true)
-- an object holding its bufferevent, itself as $arg
Conn destroyed
bool(true)
int(1)
done
