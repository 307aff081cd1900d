<?php
require __DIR__ . '/../_lib.inc';
$dir = case_dir('evl-', 8);
$b = new EventBase();
$p = "$dir/" . str_repeat('x', 150);
$l = new EventListener($b, function () {}, null, EventListener::OPT_CLOSE_ON_FREE, -1, "unix:$p");
var_dump(is_int($l->fd));
$g = glob("$dir/x*");
var_dump(count($g), strlen($g[0]));
