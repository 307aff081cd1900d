<?php
// Every getter of a request an EventHttp received.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    var_dump($req->getCommand(), $req->getHost(), $req->getUri(), $req->getResponseCode());
    var_dump($req->getInputHeaders(), $req->getOutputHeaders());
    var_dump(get_class($req->getInputBuffer()), $req->getInputBuffer()->read(100), $req->getOutputBuffer()->length);
    var_dump(get_class($req->getBufferEvent()), get_class($req->getConnection()));
    $req->sendReply(200, 'OK');
    var_dump($req->getResponseCode());
});
raw($base, $port, "POST /path/x?a=1&b=2#frag HTTP/1.1\r\nHost: Example.COM:8080\r\nX-A: 1\r\nx-a: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
