--TEST--
Event: on an idle loop a 10 ms timer fires within 1 ms of its deadline (PRECISE_TIMER)
--FILE--
<?php
$cfg = new EventConfig();
$cfg->setFlags(EventBase::PRECISE_TIMER);
$b = new EventBase($cfg);
// Valgrind (run-tests -m sets USE_ZEND_ALLOC=0) slows every step down.
$limit_ms = getenv('USE_ZEND_ALLOC') === '0' ? 25.0 : 1.0;
$late = [];
$fired_at = 0;
$t = Event::timer($b, function () use (&$fired_at) { $fired_at = hrtime(true); });
for ($i = 0; $i < 20; $i++) {
	$start = hrtime(true);
	$t->addTimer(0.010);
	$b->loop(EventBase::LOOP_ONCE);
	$late[] = ($fired_at - $start) / 1e6 - 10.0;
}
sort($late);
$median = ($late[9] + $late[10]) / 2;
var_dump(min($late) > -0.05);      // never early
var_dump($median < $limit_ms);
if ($median >= $limit_ms) { var_dump($late); }
?>
--EXPECT--
bool(true)
bool(true)
