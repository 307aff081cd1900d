<?php
// difference: http-accept-copy
// accept(): a listening stream, a Socket, and things that are not sockets.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = new EventHttp($base);
$http->setDefaultCallback(function ($req) { $req->sendReply(200, 'OK'); });
$l = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($l, false), ':'), 1);
show('accept stream', fn() => $http->accept($l));
echo raw($base, $port, "GET / HTTP/1.0\r\n\r\n"), "\n";
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
socket_listen($s);
show('accept Socket', fn() => $http->accept($s));
show('accept string', fn() => $http->accept('x'));
show('accept -1', fn() => $http->accept(-1));
show('accept file', fn() => $http->accept(fopen(__FILE__, 'r')));
show('accept null', fn() => $http->accept(null));
