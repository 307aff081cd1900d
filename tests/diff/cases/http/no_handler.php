<?php
// No handler for a path: what evhttp answers.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port);
$http->setCallback('/a', function ($req) { $req->sendReply(200, 'OK'); });
wire(raw($base, $port, "GET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
wire(raw($base, $port, "GET /nothing HTTP/1.0\r\n\r\n"));
