<?php
// The headers a client sees for a reply with the script's own headers (Content-Type, Connection, Date, Content-Length).
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$i = 0;
$http = server($base, $port, function ($req) use (&$i) {
    $b = new EventBuffer();
    $b->add('abc');
    if ($i == 0) { $req->addHeader('Content-Type', 'text/plain', EventHttpRequest::OUTPUT_HEADER); }
    if ($i == 1) { $req->addHeader('Content-Length', '3', EventHttpRequest::OUTPUT_HEADER); $req->addHeader('Date', 'mine', EventHttpRequest::OUTPUT_HEADER); }
    if ($i == 2) { $req->addHeader('Connection', 'close', EventHttpRequest::OUTPUT_HEADER); }
    if ($i == 3) { $req->addHeader('Transfer-Encoding', 'chunked', EventHttpRequest::OUTPUT_HEADER); }
    $req->sendReply(200, 'OK', $b);
});
for (; $i < 4; $i++) {
    wire(raw($base, $port, "GET / HTTP/1.1\r\nHost: h\r\n\r\n", true, 1.0));
}
