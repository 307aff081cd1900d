--TEST--
GC: a cycle through an Event's closure and its EventBase is collected without touching the freed Event
--FILE--
<?php
// The collector may free the EventBase before the Event: freeing the base
// detaches the Event and drops its closure, which holds the last reference
// to the Event itself. (Under valgrind or the sanitizer run, a read of the
// freed Event fails this test.)
function cycle(): array {
	$base = new EventBase();
	[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
	$e = new Event($base, $a, Event::READ, function () use (&$e, $base) {});
	$e->add();
	$t = Event::timer($base, function () use (&$t, $base) {});
	$t->addTimer(10);
	return [WeakReference::create($e), WeakReference::create($t), WeakReference::create($base), $b];
}
[$we, $wt, $wb, $peer] = cycle();
var_dump($we->get() instanceof Event, $wt->get() instanceof Event, $wb->get() instanceof EventBase);
var_dump(gc_collect_cycles() >= 3);
var_dump($we->get(), $wt->get(), $wb->get());
// the stream given as $fd was released with the Event: its peer sees EOF
var_dump(fread($peer, 1), feof($peer));
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
NULL
NULL
NULL
string(0) ""
bool(true)
done
