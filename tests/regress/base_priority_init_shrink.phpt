--TEST--
Regression (API fuzzer): EventBase::priorityInit() refuses fewer priorities once events exist (libevent aborted on an out-of-range priority)
--FILE--
<?php
/* Found by tests/fuzz/api_fuzz.php (ASan, seed 1479): priorityInit(20),
 * an event (default priority 10), priorityInit(8); when the event became
 * active libevent failed "evcb->evcb_pri < base->nactivequeues" and
 * called abort(). */
$base = new EventBase();
var_dump($base->priorityInit(20));
$fired = [];
$a = Event::timer($base, function () use (&$fired) { $fired[] = 'a'; });
$b = Event::timer($base, function () use (&$fired) { $fired[] = 'b'; });
var_dump($b->setPriority(19));
echo "shrink: "; var_dump($base->priorityInit(8));
$a->add(0);
$b->add(0.001);
var_dump($base->loop());
echo implode(',', $fired), "\n";
echo "same: "; var_dump($base->priorityInit(20));
echo "grow: "; var_dump($base->priorityInit(30));

// A base with nothing on it may still shrink, and what is made afterwards
// gets a priority within the new range.
$base2 = new EventBase();
var_dump($base2->priorityInit(20), $base2->priorityInit(2));
$c = Event::timer($base2, function () use (&$fired) { $fired[] = 'c'; });
$c->add(0);
$base2->loop();
echo implode(',', $fired), "\n";
?>
--EXPECT--
bool(true)
bool(true)
shrink: bool(false)
bool(true)
a,b
same: bool(true)
grow: bool(true)
bool(true)
bool(true)
a,b,c
