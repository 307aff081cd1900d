<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$b->priorityInit(4);
$e = new Event($b, -1, Event::TIMEOUT, function () use (&$e) {
    echo "in cb\n";
    t(function () use ($e) { return $e->setPriority(1); });
});
$e2 = new Event($b, -1, Event::TIMEOUT, function () use (&$e) { echo "cb2\n"; t(function () use ($e) { return $e->setPriority(2); }); });
$e->add(0); $e2->add(0);
$b->loop(EventBase::LOOP_ONCE);
