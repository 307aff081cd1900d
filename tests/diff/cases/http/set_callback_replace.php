<?php
// setCallback() on a path that has one already, and an empty path.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port);
show('first', fn() => $http->setCallback('/a', function ($req) { echo "first\n"; $req->sendReply(200, 'OK'); }));
show('second', fn() => $http->setCallback('/a', function ($req) { echo "second\n"; $req->sendReply(200, 'OK'); }));
show('empty path', fn() => $http->setCallback('', function ($req) { echo "empty\n"; $req->sendReply(200, 'OK'); }));
echo strtok(raw($base, $port, "GET /a HTTP/1.0\r\n\r\n"), "\r"), "\n";
