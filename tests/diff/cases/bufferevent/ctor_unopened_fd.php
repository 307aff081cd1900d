<?php
// A descriptor that is not open: the bufferevent is built after libevent's
// warning (fcntl), not refused.
require __DIR__ . '/../_lib.inc';
$base = new EventBase();
t(function () use ($base) { $b = new EventBufferEvent($base, 9999); return [$b->fd, $b->getEnabled(), $b->output->length]; });
