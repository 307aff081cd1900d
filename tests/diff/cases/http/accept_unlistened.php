<?php
// accept() of a socket that is not listening, and of an fd number.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = new EventHttp($base);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('accept unbound Socket', fn() => $http->accept($s));
$c = stream_socket_client('udp://127.0.0.1:9');
show('accept udp stream', fn() => $http->accept($c));
