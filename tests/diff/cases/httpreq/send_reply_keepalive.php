<?php
// Replies on a keep-alive HTTP/1.1 connection and on HTTP/1.0 with keep-alive: the framing headers.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $b = new EventBuffer(); $b->add('hi'); $req->sendReply(200, 'OK', $b); });
wire(raw($base, $port, "GET / HTTP/1.1\r\nHost: h\r\n\r\n", true));
wire(raw($base, $port, "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true));
wire(raw($base, $port, "GET / HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"));
