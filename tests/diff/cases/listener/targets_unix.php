<?php
require __DIR__ . '/../_lib.inc';
$dir = sys_get_temp_dir() . '/evl-' . getmypid() . '-' . substr(basename(__FILE__, '.php'), 0, 8);
@mkdir($dir);
register_shutdown_function(function () use ($dir) { foreach (glob("$dir/*") as $f) @unlink($f); @rmdir($dir); });
$b = new EventBase();
$cb = function () {};
foreach (['UNIX:', 'unix:', 'Unix:', 'uNiX:'] as $i => $pre) {
  $t = $pre . "$dir/s$i.sock";
  echo json_encode($pre), ' ';
  t(function () use ($b, $cb, $t) { $l = new EventListener($b, $cb, null, EventListener::OPT_CLOSE_ON_FREE, -1, $t); return is_int($l->fd) ? 'ok' : $l->fd; });
  var_dump(file_exists("$dir/s$i.sock"));
}
t(function () use ($b, $cb, $dir) { return new EventListener($b, $cb, null, 0, -1, "/plain.sock"); });
t(function () use ($b, $cb, $dir) { return new EventListener($b, $cb, null, 0, -1, "unix:$dir/nodir/x.sock"); });
t(function () use ($b, $cb, $dir) { return new EventListener($b, $cb, null, 0, -1, "unix:$dir/s0.sock"); });
t(function () use ($b, $cb, $dir) { return new EventListener($b, $cb, null, 0, -1, "unix"); });
