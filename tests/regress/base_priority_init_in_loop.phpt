--TEST--
Regression (API fuzzer): EventBase::priorityInit() from a callback of the running loop returns false (libevent freed the queue it was walking)
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
/* Found by tests/fuzz/api_fuzz.php (ASan, seeds 51, 127, 253, 257). The
 * running event is no longer "active" for libevent, so it accepted the call
 * and freed the active queues under its own loop. The environment makes
 * freed memory garbage at once, so the old bug crashes here. */
$base = new EventBase();
$other = new EventBase();
$calls = [];
$ev = Event::timer($base, function () use ($base, $other, &$calls) {
    $calls[] = ['own', $base->priorityInit(2), $base->priorityInit(5)];
    // Another base, whose loop is not running, may still change.
    $calls[] = ['other', $other->priorityInit(3)];
});
$ev->add(0);

var_dump($base->loop());
foreach ($calls as $c) {
    echo $c[0], ': ', implode(' ', array_map(fn($v) => var_export($v, true), array_slice($c, 1))), "\n";
}
// Outside the loop the call works again, and events still run.
var_dump($base->priorityInit(3));
$ran = false;
$ev2 = Event::timer($base, function () use (&$ran) { $ran = true; });
$ev2->setPriority(2);
$ev2->add(0);
$base->loop(EventBase::LOOP_ONCE);
var_dump($ran);
?>
--EXPECT--
bool(true)
own: false false
other: true
bool(true)
bool(true)
