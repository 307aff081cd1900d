<?php
// difference: http-no-body-codes
// sendReply() status lines and bodies for ordinary and odd codes.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$codes = [[200, 'OK'], [201, ''], [204, 'No Content'], [304, 'Not Modified'], [0, 'Zero'], [-1, 'Neg'], [1000, 'Big'], [99, 'Low'], [100, 'Continue']];
$i = 0;
$http = server($base, $port, function ($req) use (&$codes, &$i) {
    [$c, $r] = $codes[$i];
    $b = new EventBuffer();
    $b->add("body");
    show("sendReply($c)", fn() => $req->sendReply($c, $r, $b));
    var_dump($b->length);
});
for (; $i < count($codes); $i++) {
    wire(raw($base, $port, "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", false, 0.5));
}
