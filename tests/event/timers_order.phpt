--TEST--
Event: thousands of timers fire in deadline order
--FILE--
<?php
$b = new EventBase();
$n = 3000;
$fired = [];
$timers = [];
$delays = range(1, $n);
mt_srand(42);
shuffle($delays);
// Added from inside a callback, so every timer counts from the same cached time.
$start = Event::timer($b, function () use ($b, $delays, &$timers, &$fired) {
	foreach ($delays as $d) {
		$t = new Event($b, -1, Event::TIMEOUT, function ($fd, $what, $d) use (&$fired) { $fired[] = $d; }, $d);
		$t->add($d * 0.00005);   // 50 us apart, up to 150 ms
		$timers[] = $t;
	}
});
$start->add(0);
$t0 = hrtime(true);
$b->loop();
$ms = (hrtime(true) - $t0) / 1e6;
var_dump(count($fired) === $n);
$sorted = $fired;
sort($sorted);
var_dump($fired === $sorted);
var_dump($ms >= 140);
// the same with Event::timer() factory events and their one-argument callback
$fired = [];
$ts = [];
foreach ([30, 10, 20] as $d) {
	$t = Event::timer($b, function ($arg) use (&$fired) { $fired[] = $arg; }, $d);
	$t->add($d / 1000);
	$ts[] = $t;
}
$b->loop();
var_dump($fired);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
