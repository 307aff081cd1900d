<?php
// setCloseCallback() on a server-side connection: it runs when the client leaves.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    $c = $req->getConnection();
    show('set', fn() => $c->setCloseCallback(function ($conn, $arg) { echo "server close ", get_class($conn), " $arg\n"; }, 'sarg'));
    $req->sendReply(200, 'OK');
});
echo strtok(raw($base, $port, "GET / HTTP/1.0\r\n\r\n"), "\r"), "\n";
pump($base, fn() => false, 0.2);
