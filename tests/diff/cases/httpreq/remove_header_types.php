<?php
// removeHeader() with each type and odd ones.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    $req->addHeader('X-Out', 'o', EventHttpRequest::OUTPUT_HEADER);
    foreach ([0, 3, -1, EventHttpRequest::INPUT_HEADER, EventHttpRequest::OUTPUT_HEADER] as $t) {
        show("remove X-In $t", fn() => $req->removeHeader('X-IN', $t));
        show("remove X-Out $t", fn() => $req->removeHeader('x-out', $t));
    }
    show('remove missing', fn() => $req->removeHeader('nope', EventHttpRequest::OUTPUT_HEADER));
    show('remove Content-Type', fn() => $req->removeHeader('Content-Type', EventHttpRequest::OUTPUT_HEADER));
    var_dump($req->getInputHeaders(), $req->getOutputHeaders());
    $req->sendReply(200, 'OK');
});
wire(raw($base, $port, "GET / HTTP/1.0\r\nX-In: i\r\n\r\n"));
