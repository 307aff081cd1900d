<?php
// sendReplyStart/Chunk/End on HTTP/1.1 and HTTP/1.0: the bytes on the wire.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    show('start', fn() => $req->sendReplyStart(200, 'OK'));
    foreach (['one', '', 'three'] as $c) {
        $b = new EventBuffer();
        $b->add($c);
        show("chunk '$c'", fn() => $req->sendReplyChunk($b));
    }
    show('end', fn() => $req->sendReplyEnd());
});
wire(raw($base, $port, "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"));
wire(raw($base, $port, "GET / HTTP/1.0\r\n\r\n"));
