<?php
// difference: http-reply-order
// sendReplyChunk() before sendReplyStart(): PECL writes the bytes ahead of the status line.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    $b = new EventBuffer();
    $b->add('x');
    show('chunk first', fn() => $req->sendReplyChunk($b));
    show('reply', fn() => $req->sendReply(200, 'OK'));
});
wire(raw($base, $port, "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", false, 0.5));
