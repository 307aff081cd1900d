--TEST--
EventBase: methods in normal use
--FILE--
<?php
$b = new EventBase();
var_dump(in_array($b->getMethod(), Event::getSupportedMethods(), true));
var_dump(is_int($b->getFeatures()), $b->getFeatures() & EventConfig::FEATURE_O1);
$b2 = new EventBase(null);
var_dump($b2->getMethod() === $b->getMethod());

// Nothing to do: loop() returns at once.
var_dump($b->loop(), $b->dispatch(), $b->loop(EventBase::LOOP_NONBLOCK), $b->loop(EventBase::LOOP_ONCE));

var_dump($b->priorityInit(0), $b->priorityInit(257), $b->priorityInit(4), $b->priorityInit(256));

$t = $b->getTimeOfDayCached();
var_dump(is_float($t), abs($t - microtime(true)) < 1.0);
var_dump($b->updateCacheTime(), $b->reInit(), $b->resume());

// exit()/stop() before a loop: the next loop ends at once and the flags say why.
var_dump($b->gotExit(), $b->gotStop());
$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () { echo "never\n"; });
$e->add(0.5);
var_dump($b->exit());
$start = hrtime(true);
var_dump($b->loop());
var_dump($b->gotExit(), $b->gotStop(), (hrtime(true) - $start) < 400e6);
// stop() only works on a running loop (each loop starts with the flags cleared).
$s = Event::timer($b, function () use ($b) { var_dump($b->stop()); });
$s->add(0);
var_dump($b->loop());
var_dump($b->gotExit(), $b->gotStop());

// exit with a delay (libevent's default clock is coarse: a few ms of slack)
$ticks = 0;
$e2 = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$ticks) { $ticks++; });
$e2->add(0.01);
$start = hrtime(true);
var_dump($b->exit(0.1));
var_dump($b->loop());
$ms = (hrtime(true) - $start) / 1e6;
var_dump($ms >= 85 && $ms < 450, $ticks >= 3 && $ticks <= 10, $b->gotExit());
$b->free();
$b->free();
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
done