<?php
// difference: connect-host-other-dns-base
// An EventDnsBase of another EventBase: PECL starts the lookup (its end
// connects the bufferevent from the other loop, a use after free once the
// bufferevent's base is freed); here a ValueError.
require __DIR__ . '/../_lib.inc';
$a = new EventBase();
$b = new EventBase();
$dns = new EventDnsBase($b, false);
$bev = new EventBufferEvent($a, null, EventBufferEvent::OPT_CLOSE_ON_FREE);
t(function () use ($bev, $dns) { return $bev->connectHost($dns, '127.0.0.1', 1); });
