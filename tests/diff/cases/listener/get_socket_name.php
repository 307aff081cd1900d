<?php
require __DIR__ . '/../_lib.inc';
// difference: get-socket-name
$b = new EventBase();
$l = new EventListener($b, function () {}, null, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, '127.0.0.1:0');
$a = 'A'; $p = 'P';
var_dump($l->getSocketName($a, $p), $a, is_int($p) && $p > 0);
