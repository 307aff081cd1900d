<?php
// setTimeouts() with ordinary, zero, negative and huge values.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
foreach ([[1, 1], [0, 0], [0.5, 2.5], [-1, -1], [1e12, 1e12], [PHP_INT_MAX / 2, PHP_INT_MAX / 2],
    [(int)(PHP_INT_MAX / 1000) - 1, 1], [PHP_INT_MAX, PHP_INT_MAX], [1e300, 1e300], [INF, INF], [-INF, 1], [NAN, NAN],
    [0.000001, 0.0000001], ['1', '2']] as $t) {
    t('setTimeouts(' . implode(', ', $t) . ')', fn() => $bev->setTimeouts(...$t));
}
t('setTimeouts str', fn() => $bev->setTimeouts('x', 1));
$none = new EventBufferEvent($base);
t('no fd', fn() => $none->setTimeouts(1, 1));
