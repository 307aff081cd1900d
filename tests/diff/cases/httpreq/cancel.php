<?php
// cancel() before sending, in flight, and after the response.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $req->sendReply(200, 'OK'); });
$req = new EventHttpRequest(function ($r) { echo "callback ", $r->getResponseCode(), "\n"; });
show('cancel unsent', fn() => $req->cancel());
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
show('make', fn() => $conn->makeRequest($req, EventHttpRequest::CMD_GET, '/'));
show('cancel in flight', fn() => $req->cancel());
pump($base, fn() => false, 0.3);
$r2 = fetch($base, $port, EventHttpRequest::CMD_GET, '/', null, null, $conn);
show('cancel after', fn() => $r2->cancel());
show('code after', fn() => $r2->getResponseCode());
