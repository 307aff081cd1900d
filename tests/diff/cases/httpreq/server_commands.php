<?php
// getCommand() for every method a client may send.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { echo $req->getCommand(), "\n"; $req->sendReply(200, 'OK'); });
foreach (['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'PATCH', 'FOO'] as $m) {
    echo $m, ': ';
    $r = raw($base, $port, "$m / HTTP/1.0\r\nContent-Length: 0\r\n\r\n");
    echo strtok($r, "\r"), "\n";
}
