<?php
require __DIR__ . '/../_lib.inc';
require __DIR__ . '/listener.inc';
$b = new EventBase();
$l = listen_on($b, function ($l2, $fd, $addr, $data) use ($b, &$l) {
  echo gettype($fd), ' ', $fd > 2 ? 'fd' : $fd, ' ', json_encode($addr[0]), ' ', gettype($addr[1]), ' ', count($addr), ' ', json_encode($data), ' ', $l2 === $l ? 'same' : 'other', "\n";
  $b->exit();
}, ['x' => 1], 0 | EventListener::OPT_REUSEABLE);
$c = accept_one($b, $l);
