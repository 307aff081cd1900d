<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
foreach ([true, false, 0, 1, -1, 2, 32768, 65536, 65537, 98305, PHP_INT_MAX, PHP_INT_MIN, 0x7fffffff, 0x80000000, -65536, '1', null, 1.5, [], 'abc'] as $i) { echo json_encode($i), ' '; t(function () use ($b, $i) { $d = new EventDnsBase($b, $i); return $d->countNameservers() >= 0; }); }
t(fn() => new EventDnsBase($b));
t(fn() => new EventDnsBase(null, false));
