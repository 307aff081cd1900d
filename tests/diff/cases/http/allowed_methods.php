<?php
// setAllowedMethods(): what it returns, and what a method outside the set gets.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { echo "handler ", $req->getCommand(), "\n"; $req->sendReply(200, 'OK'); });
show('GET|HEAD', fn() => $http->setAllowedMethods(EventHttpRequest::CMD_GET | EventHttpRequest::CMD_HEAD));
wire(raw($base, $port, "POST / HTTP/1.0\r\nContent-Length: 0\r\n\r\n"));
wire(raw($base, $port, "GET / HTTP/1.0\r\n\r\n"));
show('0', fn() => $http->setAllowedMethods(0));
wire(raw($base, $port, "GET / HTTP/1.0\r\n\r\n"));
