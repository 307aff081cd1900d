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
// A port outside 0..65535 is taken as its low 16 bits (a free port plus or
// minus 65536 here: a fixed one, like 70000 or -1, may be taken on a busy
// machine).
$wrapped = free_port();
$http2 = new EventHttp($base);
show('bind free port + 65536', fn() => $http2->bind('127.0.0.1', $wrapped + 65536));
$wrappedDown = free_port();
$http3 = new EventHttp($base);
show('bind free port - 65536', fn() => $http3->bind('127.0.0.1', $wrappedDown - 65536));
echo raw($base, $port, "GET / HTTP/1.0\r\n\r\n"), "\n";
echo strtok(raw($base, $wrapped, "GET / HTTP/1.0\r\n\r\n"), "\r"), "\n";
echo strtok(raw($base, $wrappedDown, "GET / HTTP/1.0\r\n\r\n"), "\r"), "\n";
