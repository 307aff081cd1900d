<?php
// difference: http-header-names
// addHeader() with an empty name or a name with ':': PECL writes ": v" and "A:B: v" on the wire.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    show('add empty name', fn() => $req->addHeader('', 'v', EventHttpRequest::OUTPUT_HEADER));
    show('add colon name', fn() => $req->addHeader('A:B', 'v', EventHttpRequest::OUTPUT_HEADER));
    $req->sendReply(200, 'OK');
});
wire(raw($base, $port, "GET / HTTP/1.0\r\n\r\n"));
