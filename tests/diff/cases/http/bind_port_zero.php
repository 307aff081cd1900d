<?php
// bind() to port 0: the kernel picks a port.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = new EventHttp($base);
show('bind 0', fn() => $http->bind('127.0.0.1', 0));
show('bind 0 again', fn() => $http->bind('127.0.0.1', 0));
