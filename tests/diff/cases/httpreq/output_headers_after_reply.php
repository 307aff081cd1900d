<?php
// The output headers in the handler after its reply: the script's, then the ones the reply added (Date, Content-Length, Content-Type, Connection, Transfer-Encoding); still editable until the handler returns.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$i = 0;
$http = server($base, $port, function ($req) use (&$i) {
    $req->addHeader('X-A', 'a', EventHttpRequest::OUTPUT_HEADER);
    $req->addHeader('Connection', 'keep-alive', EventHttpRequest::OUTPUT_HEADER);
    $b = new EventBuffer();
    $b->add('abc');
    switch ($i) {
        case 0: case 1: case 2: $req->sendReply(200, 'OK', $b); break;
        case 3: $req->sendError(404); break;
        case 4: $req->sendReplyStart(200, 'OK'); $req->sendReplyEnd(); break;
    }
    $h = $req->getOutputHeaders();
    unset($h['Date']);
    var_dump($h, $req->findHeader('content-length', EventHttpRequest::OUTPUT_HEADER));
    var_dump($req->addHeader('X-B', 'b', EventHttpRequest::OUTPUT_HEADER), $req->removeHeader('X-A', EventHttpRequest::OUTPUT_HEADER));
    $req->clearHeaders();
    var_dump($req->getOutputHeaders());
});
$reqs = ["GET / HTTP/1.1\r\nHost: h\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
    "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\n\r\n"];
for (; $i < count($reqs); $i++) {
    echo strtok(raw($base, $port, $reqs[$i], true, 0.5), "\r"), "\n";
}
