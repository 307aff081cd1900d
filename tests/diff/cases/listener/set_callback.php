<?php
require __DIR__ . '/../_lib.inc';
require __DIR__ . '/listener.inc';
$b = new EventBase();
$l = listen_on($b, function () { echo "first\n"; }, 'D', EventListener::OPT_REUSEABLE);
foreach (['nope', 42, null] as $c) { echo json_encode($c), ' '; t(fn() => $l->setCallback($c)); }
t(fn() => $l->setCallback(function ($l, $fd, $addr, $data) use ($b) { echo "second ", json_encode($data), "\n"; $b->exit(); }));
$c1 = accept_one($b, $l);
t(fn() => $l->setCallback(function ($l, $fd, $addr, $data) use ($b) { echo "third ", json_encode($data), "\n"; $b->exit(); }, null));
$c2 = accept_one($b, $l);
t(fn() => $l->setCallback(function ($l, $fd, $addr, $data) use ($b) { echo "fourth ", json_encode($data), "\n"; $b->exit(); }, 'E'));
$c3 = accept_one($b, $l);
t(fn() => $l->setCallback());
