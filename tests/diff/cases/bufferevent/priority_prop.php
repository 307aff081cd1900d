<?php
// Writing the priority property.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
$base->priorityInit(3);
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
foreach ([2, 0, 5, -1, '1', 'x', null, 1.9] as $p) {
    t('set ' . var_export($p, true), function () use ($bev, $p) { $bev->priority = $p; return $bev->priority; });
}
