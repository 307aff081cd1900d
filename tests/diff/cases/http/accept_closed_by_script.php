<?php
// difference: http-accept-copy
// accept() of a listening Socket that the script then closes: this build listens on a copy and serves on.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = new EventHttp($base);
$http->setDefaultCallback(function ($req) { $req->sendReply(200, 'OK'); });
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
socket_listen($s);
socket_getsockname($s, $addr, $port);
show('accept', fn() => $http->accept($s));
socket_close($s);
$c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
echo $c ? "connected\n" : "refused\n";
