<?php
// Unsetting, dynamic properties and allow_ssl_dirty_shutdown on a plain bufferevent.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
$bev = new EventBufferEvent($base);
t('dirty set', function () use ($bev) { $bev->allow_ssl_dirty_shutdown = true; return $bev->allow_ssl_dirty_shutdown; });
t('unset fd', function () use ($bev) { unset($bev->fd); return $bev->fd; });
t('unset priority', function () use ($bev) { unset($bev->priority); return $bev->priority; });
t('dynamic', function () use ($bev) { $bev->extra = 1; return $bev->extra; });
t('undefined', fn() => $bev->undefined);
