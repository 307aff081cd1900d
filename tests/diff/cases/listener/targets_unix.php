<?php
require __DIR__ . '/../_lib.inc';
$dir = case_dir('evl-', 8);
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
