<?php
// sendReply() with no buffer, null, the output buffer filled, and both.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$i = 0;
$http = server($base, $port, function ($req) use (&$i) {
    switch ($i) {
        case 0: $req->sendReply(200, 'OK'); break;
        case 1: $req->sendReply(200, 'OK', null); break;
        case 2: $req->getOutputBuffer()->add('from output'); $req->sendReply(200, 'OK'); break;
        case 3: $b = new EventBuffer(); $b->add('+arg'); $req->getOutputBuffer()->add('out'); $req->sendReply(200, 'OK', $b); break;
    }
});
for (; $i < 4; $i++) {
    wire(raw($base, $port, "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"));
}
