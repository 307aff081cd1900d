<?php
// Writing the read-only fd property.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
$bev = new EventBufferEvent($base);
t('write fd', function () use ($bev) { $bev->fd = 3; return $bev->fd; });
echo "end\n";
