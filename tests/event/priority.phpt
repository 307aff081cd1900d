--TEST--
Event: priorityInit() and setPriority() order the callbacks of events active together
--FILE--
<?php
$b = new EventBase();
var_dump($b->priorityInit(3));
$order = [];
$evs = [];
foreach ([2, 0, 1, 2, 0] as $i => $prio) {
	$e = new Event($b, -1, Event::TIMEOUT, function ($fd, $what, $arg) use (&$order) { $order[] = $arg; }, "$prio/$i");
	var_dump($e->setPriority($prio));
	$evs[] = $e;
}
var_dump($evs[0]->setPriority(3), $evs[0]->setPriority(-1), $evs[0]->setPriority(PHP_INT_MAX));
foreach ($evs as $e) { $e->add(0); }
usleep(1000);
$b->loop();
$prios = array_map(fn($s) => (int)$s, $order);
var_dump($prios);

// fd events, same idea: writable sockets are all active at once
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$order = [];
$w1 = new Event($b, $x, Event::WRITE, function () use (&$order) { $order[] = "low"; });
$w2 = new Event($b, $y, Event::WRITE, function () use (&$order) { $order[] = "high"; });
$w1->setPriority(2);
$w2->setPriority(0);
$w1->add(); $w2->add();
$b->loop();
var_dump($order);

// a lower priority event is starved while a higher one keeps firing
$order = [];
$hi = new Event($b, $x, Event::WRITE | Event::PERSIST, function () use (&$order, &$hi) {
	$order[] = "hi";
	if (count($order) === 3) { $hi->del(); }
});
$hi->setPriority(0);
$lo = new Event($b, $y, Event::WRITE, function () use (&$order) { $order[] = "lo"; });
$lo->setPriority(1);
$hi->add(); $lo->add();
$b->loop();
var_dump($order);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: Event::setPriority(): Unable to set event priority: 3 in %s on line 11

Warning: Event::setPriority(): Unable to set event priority: -1 in %s on line 11

Warning: Event::setPriority(): Unable to set event priority: 9223372036854775807 in %s on line 11
bool(false)
bool(false)
bool(false)
array(5) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(1)
  [3]=>
  int(2)
  [4]=>
  int(2)
}
array(2) {
  [0]=>
  string(4) "high"
  [1]=>
  string(3) "low"
}
array(4) {
  [0]=>
  string(2) "hi"
  [1]=>
  string(2) "hi"
  [2]=>
  string(2) "hi"
  [3]=>
  string(2) "lo"
}
