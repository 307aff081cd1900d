--TEST--
Event::add(): a negative timeout is a deadline already passed, so timers due at once run earliest deadline first, as in PECL event (-1e20 before -1000 before -0.5 before 0)
--FILE--
<?php
$b = new EventBase();
$events = [];
foreach (['zero' => 0, 'minus 1e20' => -1e20, 'minus 0.5' => -0.5, 'minus 2' => -2.0,
          'nan' => NAN, 'minus inf' => -INF, 'minus 1000' => -1000.0, 'minus 0.25' => -0.25] as $name => $t) {
    $e = new Event($b, -1, Event::TIMEOUT, function () use ($name) { echo "$name\n"; });
    $e->add($t);
    $events[] = $e;
}
$b->loop(EventBase::LOOP_ONCE);
// A negative exit() timeout ends the loop at once.
$t = new Event($b, -1, Event::TIMEOUT, function () { echo "not reached\n"; });
$t->add(5);
var_dump($b->exit(-3.0), $b->loop(), $b->gotExit());
?>
--EXPECT--
minus 1e20
minus inf
nan
minus 1000
minus 2
minus 0.5
minus 0.25
zero
bool(true)
bool(true)
bool(true)
