<?php
// difference: http-request-same-objects
// getInputBuffer()/getOutputBuffer()/getConnection()/getBufferEvent(): the same object each call here.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    var_dump($req->getInputBuffer() === $req->getInputBuffer(), $req->getOutputBuffer() === $req->getOutputBuffer());
    var_dump($req->getConnection() === $req->getConnection(), $req->getBufferEvent() === $req->getBufferEvent());
    $req->sendReply(200, 'OK');
});
raw($base, $port, "GET / HTTP/1.0\r\n\r\n");
