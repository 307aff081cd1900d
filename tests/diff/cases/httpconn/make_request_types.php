<?php
// makeRequest() with every CMD_* constant: return value and what the server sees.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { echo "server: ", $req->getCommand(), ' ', $req->getUri(), "\n"; $req->sendReply(200, 'OK'); });
$http->setAllowedMethods(511);
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
foreach ([1, 2, 4, 8, 16, 32, 64, 256] as $t) {
    $r = fetch($base, $port, $t, "/t$t", null, function ($r, $arg) { echo "client: ", $r->getResponseCode(), " $arg\n"; }, $conn);
}
