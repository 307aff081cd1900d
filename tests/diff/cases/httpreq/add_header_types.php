<?php
// addHeader() with each type, odd types, CR/LF in names and values (empty and ':' names: header_names.php); what goes on the wire.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    foreach ([EventHttpRequest::INPUT_HEADER, EventHttpRequest::OUTPUT_HEADER, 0, 3, -1, 4] as $t) {
        show("add $t", fn() => $req->addHeader("X-T$t", "v$t", $t));
    }
    show('add CRLF value', fn() => $req->addHeader('X-Bad', "a\r\nInjected: 1", EventHttpRequest::OUTPUT_HEADER));
    show('add LF name', fn() => $req->addHeader("X\nY", 'v', EventHttpRequest::OUTPUT_HEADER));
    show('add empty value', fn() => $req->addHeader('X-Empty', '', EventHttpRequest::OUTPUT_HEADER));
    show('add twice', fn() => $req->addHeader('X-Empty', 'again', EventHttpRequest::OUTPUT_HEADER));
    var_dump($req->getInputHeaders(), $req->getOutputHeaders());
    $req->sendReply(200, 'OK');
});
wire(raw($base, $port, "GET / HTTP/1.0\r\n\r\n"));
