<?php
// bind(): return values and warnings for good, taken and bad addresses and ports.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = new EventHttp($base);
$port = free_port();
show('bind free', fn() => $http->bind('127.0.0.1', $port));
show('bind same again', fn() => $http->bind('127.0.0.1', $port));
show('bind bad address', fn() => $http->bind('not an address', free_port()));
show('bind empty address', fn() => $http->bind('', free_port()));
show('bind port -1', fn() => (new EventHttp($base))->bind('127.0.0.1', -1));
show('bind port 70000', fn() => (new EventHttp($base))->bind('127.0.0.1', 70000));
echo raw($base, $port, "GET / HTTP/1.0\r\n\r\n"), "\n";
