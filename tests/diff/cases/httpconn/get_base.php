<?php
// getBase(): the same EventBase object, on a client and on a server-side connection.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$conn = new EventHttpConnection($base, null, '127.0.0.1', 80);
var_dump($conn->getBase() === $base, get_class($conn->getBase()));
$http = server($base, $port, function ($req) use ($base) {
    $c = $req->getConnection();
    var_dump($c->getBase());
    $req->sendReply(200, 'OK');
});
raw($base, $port, "GET / HTTP/1.0\r\n\r\n");
