<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$cb = function () {};
foreach (['127.0.0.1:0', '127.0.0.1', '[::1]:0', '::1', '[::1]', 'localhost:0', '', '0.0.0.0:0', ':0', '127.0.0.1:99999', '127.0.0.1:-1', '127.0.0.1:abc', "127.0.0.1\0:0", '1.2.3.4:0', '[::ffff:127.0.0.1]:0', '127.0.0.1:0:0', '[::1', '[]:0'] as $t) {
  echo json_encode($t), ' ';
  t(function () use ($b, $cb, $t) { $l = new EventListener($b, $cb, null, EventListener::OPT_REUSEABLE | EventListener::OPT_CLOSE_ON_FREE, -1, $t); return is_int($l->fd) ? 'ok' : $l->fd; });
}
