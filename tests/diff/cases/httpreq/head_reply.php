<?php
// difference: head-no-body
// A reply to HEAD: PECL (libevent 2.1) writes the body; we send the headers only (RFC 9110).
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $b = new EventBuffer(); $b->add('body bytes'); $req->sendReply(200, 'OK', $b); });
wire(raw($base, $port, "HEAD / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"));
