<?php
require __DIR__ . '/../_lib.inc';
// evdns' own messages reach the script as notices
$b = new EventBase();
$d = new EventDnsBase($b, false);
$d->addNameserverIp('127.0.0.1:1');
$d->setOption('timeout:', '0.2');
$d->setOption('attempts:', '1');
$bev = new EventBufferEvent($b, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null, function ($bev, $what) use ($b) { echo "event $what\n"; $b->exit(); });
var_dump($bev->connectHost($d, 'foo.invalid', 80, EventUtil::AF_INET));
$b->exit(3);
$b->dispatch();
echo "end\n";
