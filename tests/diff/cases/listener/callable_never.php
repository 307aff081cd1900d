<?php
require __DIR__ . '/../_lib.inc';
require __DIR__ . '/listener.inc';
$b = new EventBase();
$l = listen_on($b, 'never_defined_fn', 'D', EventListener::OPT_REUSEABLE);
$c = connect_to();
$t = new Event($b, -1, Event::TIMEOUT, function () use ($b) { echo "timer\n"; $b->exit(); });
$t->add(0.2);
var_dump($b->dispatch());
echo "end\n";
