<?php
require __DIR__ . '/../_lib.inc';
$dir = sys_get_temp_dir() . '/evl-' . getmypid() . '-' . substr(basename(__FILE__, '.php'), 0, 8);
@mkdir($dir);
register_shutdown_function(function () use ($dir) { foreach (glob("$dir/*") as $f) @unlink($f); @rmdir($dir); });
$b = new EventBase();
$p = "$dir/" . str_repeat('x', 150);
$l = new EventListener($b, function () {}, null, EventListener::OPT_CLOSE_ON_FREE, -1, "unix:$p");
var_dump(is_int($l->fd));
$g = glob("$dir/x*");
var_dump(count($g), strlen($g[0]));
