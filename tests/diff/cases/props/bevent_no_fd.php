<?php
// An EventBufferEvent without a descriptor.
require __DIR__ . '/p.inc';
$b = bev('no fd');
reads($b, 'fd');
var_dump($b->fd, $b->priority, $b->allow_ssl_dirty_shutdown);
show('vars', fn() => array_map(fn($v) => is_object($v) ? get_class($v) : $v, get_object_vars($b)));
