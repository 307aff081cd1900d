<?php
// Listings of a live EventBufferEvent (descriptors replaced by their type).
require __DIR__ . '/p.inc';
$b = bev('live');
@$b->extra = 1;
$fd = $b->fd;
ob_start(fn($s) => str_replace("int($fd)", 'int(FD)', $s));
var_dump($b);
foreach (get_object_vars($b) as $k => $v) { show($k, fn() => $v); }
foreach ($b as $k => $v) { echo "foreach $k\n"; }
show('array keys', fn() => array_keys((array)$b));
ob_end_flush();
