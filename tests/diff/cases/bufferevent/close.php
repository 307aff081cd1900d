<?php
// close() on socket, pair and fd-less bufferevents.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
t('close', fn() => $bev->close());
t('close again', fn() => $bev->close());
[$a] = EventBufferEvent::createPair($base);
t('pair close', fn() => $a->close());
t('none close', fn() => (new EventBufferEvent($base))->close());
