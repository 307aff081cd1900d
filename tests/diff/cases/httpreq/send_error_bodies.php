<?php
// sendError(): the default bodies and status lines for several codes, with and without a reason.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$cases = [[404, null], [400, null], [500, 'Bad Thing'], [503, ''], [418, null], [200, null], [999, null], [301, 'Moved']];
$i = 0;
$http = server($base, $port, function ($req) use (&$cases, &$i) {
    [$code, $reason] = $cases[$i];
    show("sendError($code)", fn() => $reason === null ? $req->sendError($code) : $req->sendError($code, $reason));
});
for (; $i < count($cases); $i++) {
    wire(raw($base, $port, "GET /p?<x> HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"));
}
