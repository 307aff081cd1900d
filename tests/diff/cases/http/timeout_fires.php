<?php
// setTimeout(1): an idle client is cut off.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $req->sendReply(200, 'OK'); });
$http->setTimeout(1);
$t = microtime(true);
$r = raw($base, $port, "GET / HTTP/1.1\r\nHost: x\r\n", false, 4.0);
echo $r, "\n";
echo microtime(true) - $t < 3.5 ? "cut off\n" : "not cut off\n";
