<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$d = new EventDnsBase($b, false);
foreach (['127.0.0.1', '127.0.0.1', '127.0.0.1:53', '127.0.0.2:5353', '[::1]:53', '::1', '', 'abc', '1.2.3.4.5', "1.2.3.4\0x", '256.1.1.1', '127.0.0.3:99999', '[::1]'] as $ip) { echo json_encode($ip), ' '; t(fn() => $d->addNameserverIp($ip)); }
echo $d->countNameservers(), "\n";
t(fn() => $d->addNameserverIp([]));
