<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$d = new EventDnsBase($b, false);
t(fn() => $d->countNameservers());
$d->addNameserverIp('127.0.0.1:5301');
$d->addNameserverIp('127.0.0.1:5302');
t(fn() => $d->countNameservers());
t(fn() => $d->countNameservers(1));
$d2 = new EventDnsBase($b, EventDnsBase::NAMESERVERS_NO_DEFAULT);
t(fn() => $d2->countNameservers());
