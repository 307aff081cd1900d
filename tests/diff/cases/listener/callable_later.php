<?php
require __DIR__ . '/../_lib.inc';
require __DIR__ . '/listener.inc';
$b = new EventBase();
$l = listen_on($b, 'later_fn', 'D', EventListener::OPT_REUSEABLE);
function later_fn($l, $fd, $addr, $data) { global $b; echo "later_fn ", gettype($fd), ' ', $addr[0], ' ', gettype($addr[1]), ' ', json_encode($data), "\n"; $b->exit(); }
$c = accept_one($b, $l);
