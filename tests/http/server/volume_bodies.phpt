--TEST--
Volumes: GET and POST with 0 B, 1 KiB and 8 MiB bodies between our client and server in one loop (md5 compared)
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$sizes = [0, 1024, 8 << 20];
$served = [];       /* md5 of what the server sent (GET) or received (POST) */
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$served) {
    if ($req->getCommand() === EventHttpRequest::CMD_GET) {
        $n = (int)substr($req->getUri(), strlen('/get/'));
        $data = $n ? random_bytes($n) : '';
        $served['GET'][$n] = md5($data);
        $req->sendReply(200, 'OK', http_test_buf($data));
        return;
    }
    /* POST: echo the body back, from the input buffer itself. */
    $in = $req->getInputBuffer();
    $served['POST'][$in->length] = md5($in->substr(0));
    $out = new EventBuffer();
    $out->addBuffer($in);
    $req->sendReply(200, 'OK', $out);
});

$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
foreach ($sizes as $n) {
    $res = http_test_fetch($base, $port, EventHttpRequest::CMD_GET, "/get/$n", seconds: 20.0, conn: $conn);
    printf("GET  %8d: code=%d len=%d md5 %s\n", $n, $res['code'], strlen($res['body']),
        ($served['GET'][$n] ?? null) === md5($res['body']) ? 'match' : 'DIFFER');

    $data = $n ? random_bytes($n) : '';
    $res = http_test_fetch($base, $port, EventHttpRequest::CMD_POST, "/post", $data, seconds: 20.0, conn: $conn);
    printf("POST %8d: code=%d server md5 %s, echo md5 %s\n", $n, $res['code'],
        ($served['POST'][$n] ?? null) === md5($data) ? 'match' : 'DIFFER',
        md5($res['body']) === md5($data) ? 'match' : 'DIFFER');
}
?>
--EXPECT--
GET         0: code=200 len=0 md5 match
POST        0: code=200 server md5 match, echo md5 match
GET      1024: code=200 len=1024 md5 match
POST     1024: code=200 server md5 match, echo md5 match
GET   8388608: code=200 len=8388608 md5 match
POST  8388608: code=200 server md5 match, echo md5 match
