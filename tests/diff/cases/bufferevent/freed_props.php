<?php
// Properties of a freed EventBufferEvent.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
$bev->free();
var_dump($bev);
foreach (['fd', 'priority', 'input', 'output', 'allow_ssl_dirty_shutdown'] as $p) {
    t($p, fn() => $bev->$p);
    t("isset $p", fn() => isset($bev->$p));
}
t('vars', fn() => get_object_vars($bev));
