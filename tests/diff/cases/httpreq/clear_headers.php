<?php
// clearHeaders(): which headers go, and the reply that follows.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    $req->addHeader('X-Out', 'o', EventHttpRequest::OUTPUT_HEADER);
    show('clear', fn() => $req->clearHeaders());
    var_dump($req->getInputHeaders(), $req->getOutputHeaders());
    $req->sendReply(200, 'OK');
});
wire(raw($base, $port, "GET / HTTP/1.0\r\nX-In: i\r\n\r\n"));
