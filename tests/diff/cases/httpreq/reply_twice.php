<?php
// difference: http-reply-order
// A second reply after the first: sendReply() twice, sendError() after sendReply().
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$i = 0;
$http = server($base, $port, function ($req) use (&$i) {
    if ($i == 0) { show('reply', fn() => $req->sendReply(200, 'OK')); show('reply again', fn() => $req->sendReply(201, 'Again')); }
    if ($i == 1) { show('reply', fn() => $req->sendReply(200, 'OK')); show('error after', fn() => $req->sendError(500)); }
});
for (; $i < 2; $i++) {
    wire(raw($base, $port, "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", false, 0.5));
}
