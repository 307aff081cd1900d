<?php
// Properties of a live EventBufferEvent, as every kind of read sees them.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
var_dump(is_int($bev->fd));
t('priority', fn() => $bev->priority);
t('input', fn() => get_class($bev->input));
t('dirty', fn() => $bev->allow_ssl_dirty_shutdown);
foreach (['fd', 'priority', 'input', 'output', 'allow_ssl_dirty_shutdown', 'nope'] as $p) {
    t("isset $p", fn() => isset($bev->$p));
    t("empty $p", fn() => empty($bev->$p));
}
t('vars', fn() => array_keys(get_object_vars($bev)));
$none = new EventBufferEvent($base);
var_dump($none);
t('none fd', fn() => $none->fd);
