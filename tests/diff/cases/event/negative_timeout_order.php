<?php
// Timers due at once run in the order of their deadlines, negative ones
// being deadlines in the past.
$b = new EventBase();
$events = [];
foreach (['zero' => 0, 'm1e20' => -1e20, 'm0.5' => -0.5, 'm2' => -2.0, 'nan' => NAN, 'minf' => -INF,
          'm1000' => -1000.0, 'm1e15' => -1e15, 'm1e16' => -1e16, 'zero2' => 0.0] as $name => $t) {
    $e = new Event($b, -1, Event::TIMEOUT, function () use ($name) { echo "$name\n"; });
    var_dump($e->add($t));
    $events[] = $e;
}
$b->loop(EventBase::LOOP_ONCE);
$timer = Event::timer($b, function () { echo "timer\n"; });
$timer->addTimer(-7.5);
$other = Event::timer($b, function () { echo "other\n"; });
$other->addTimer(-7.0);
$b->loop(EventBase::LOOP_ONCE);
