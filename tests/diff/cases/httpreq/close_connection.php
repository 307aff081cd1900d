<?php
// difference: http-closed-connection
// closeConnection() from a handler after its reply, and on a client request (before the reply PECL aborts: tests/http/request/pecl_close_before_reply.phpt).
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$i = 0;
$http = server($base, $port, function ($req) use (&$i) {
    show('reply', fn() => $req->sendReply(200, 'OK'));
    show('close after', fn() => $req->closeConnection());
});
for (; $i < 1; $i++) {
    echo raw($base, $port, "GET / HTTP/1.1\r\nHost: h\r\n\r\n", false, 0.5) === '' ? '' : "got reply or EOF\n";
}
$req = new EventHttpRequest(function () {});
show('client closeConnection', fn() => $req->closeConnection());
