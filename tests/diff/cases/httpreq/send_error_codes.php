<?php
// sendError() with codes outside 100-999.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$codes = [0, -1, 99, 1000, 65536, PHP_INT_MAX];
$i = 0;
$http = server($base, $port, function ($req) use (&$codes, &$i) {
    show("sendError({$codes[$i]})", fn() => $req->sendError($codes[$i]));
});
for (; $i < count($codes); $i++) {
    echo strtok(raw($base, $port, "GET / HTTP/1.0\r\n\r\n", false, 0.5), "\r"), "\n";
}
