<?php
// findHeader() with each header type and with types that are neither.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    $req->addHeader('X-Out', 'o', EventHttpRequest::OUTPUT_HEADER);
    foreach ([EventHttpRequest::INPUT_HEADER, EventHttpRequest::OUTPUT_HEADER, 0, 3, -1, 4, PHP_INT_MAX] as $t) {
        show("find X-In $t", fn() => $req->findHeader('x-in', $t));
        show("find X-Out $t", fn() => $req->findHeader('X-OUT', $t));
    }
    show('find missing', fn() => $req->findHeader('nope', EventHttpRequest::INPUT_HEADER));
    show('find empty', fn() => $req->findHeader('', EventHttpRequest::INPUT_HEADER));
    $req->sendReply(200, 'OK');
});
raw($base, $port, "GET / HTTP/1.0\r\nX-In: i\r\n\r\n");
