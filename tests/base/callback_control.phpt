--TEST--
EventBase: stop(), exit() and an exception from inside callbacks; loop(LOOP_ONCE|LOOP_NONBLOCK) polling
--FILE--
<?php
$b = new EventBase();
$log = [];

// stop() ends the loop after the current callback; exit() after all active ones.
$mk = function ($name, $action) use ($b, &$log) {
	$e = new Event($b, -1, Event::TIMEOUT, function () use ($name, $action, $b, &$log) {
		$log[] = $name;
		if ($action) { $b->$action(); }
	});
	$e->add(0);
	return $e;
};
$evs = [$mk("a", "stop"), $mk("b", null), $mk("c", null)];
var_dump($b->loop(), $b->gotStop(), count($log));
var_dump($b->loop(), $b->gotStop(), count($log));

$log = [];
$evs = [$mk("a", "exit"), $mk("b", null), $mk("c", null)];
$late = new Event($b, -1, Event::TIMEOUT, function () use (&$log) { $log[] = "late"; });
$late->add(0.05);
var_dump($b->loop(), $b->gotExit());
sort($log);
var_dump($log, $late->pending);
$late->del();

// An exception stops the loop and reaches loop()'s caller; the rest runs next time.
$log = [];
$evs = [
	new Event($b, -1, Event::TIMEOUT, function () use (&$log) { $log[] = 1; throw new RuntimeException("boom"); }),
	new Event($b, -1, Event::TIMEOUT, function () use (&$log) { $log[] = 2; }),
];
$evs[0]->add(0); $evs[1]->add(0.001);
usleep(2000);
try {
	$b->loop();
	echo "not reached\n";
} catch (RuntimeException $e) {
	echo "caught ", $e->getMessage(), "\n";
}
var_dump($log);
var_dump($b->loop(), $log);

// Polling, the way loop libraries tick: LOOP_ONCE|LOOP_NONBLOCK returns at once.
$n = 0;
$p = new Event($b, -1, Event::TIMEOUT, function () use (&$n) { $n++; });
$p->add(0.03);
$start = hrtime(true);
$polls = 0;
while ($n === 0 && $polls < 100000) {
	$b->loop(EventBase::LOOP_ONCE | EventBase::LOOP_NONBLOCK);
	$polls++;
	usleep(500);
}
$ms = (hrtime(true) - $start) / 1e6;
var_dump($n, $polls > 5, $ms >= 24);
// LOOP_ONCE blocks until something fires.
$p->add(0.02);
$start = hrtime(true);
var_dump($b->loop(EventBase::LOOP_ONCE), $n, (hrtime(true) - $start) / 1e6 >= 14);
?>
--EXPECTF--
bool(true)
bool(true)
int(1)
bool(true)
bool(false)
int(3)
bool(true)
bool(true)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
bool(true)

Warning: EventBase::loop(): Breaking the loop due to exception RuntimeException in %s on line 36
caught boom
array(1) {
  [0]=>
  int(1)
}
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(1)
bool(true)
bool(true)
bool(true)
int(2)
bool(true)
