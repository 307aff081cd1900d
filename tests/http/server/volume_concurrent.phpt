--TEST--
Volumes: 200 concurrent clients (200 EventHttpConnection objects, plus 200 raw non-blocking streams) all answered
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

const N = 200;
$base = new EventBase();
[$http, $port] = http_test_server($base);
$peerPorts = [];
$pending = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$peerPorts, &$pending) {
    $req->getConnection()->getPeer($a, $p);
    $peerPorts[$p] = true;
    /* Hold every request until all clients are connected and waiting. */
    $pending[] = $req;
    if (count($pending) === N) {
        foreach ($pending as $r) {
            $r->sendReply(200, 'OK', http_test_buf($r->getUri()));
        }
        $pending = [];
    }
});

$answers = [];
$conns = [];
for ($i = 0; $i < N; $i++) {
    $conns[$i] = new EventHttpConnection($base, null, '127.0.0.1', $port);
    $req = new EventHttpRequest(function (EventHttpRequest $r, int $i) use (&$answers) {
        $answers[$i] = [$r->getResponseCode(), $r->getInputBuffer()->read(100)];
    }, $i);
    $req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
    $conns[$i]->makeRequest($req, EventHttpRequest::CMD_GET, "/c$i");
}
unset($req);
http_test_until($base, function () use (&$answers) { return count($answers) === N; }, 10.0);
$ok = 0;
foreach ($answers as $i => [$code, $body]) {
    $ok += ($code === 200 && $body === "/c$i");
}
echo "EventHttpConnection: answered=", count($answers), " correct=$ok server saw ", count($peerPorts), " client ports\n";

/* Raw non-blocking stream clients. */
$peerPorts = [];
$streams = [];
for ($i = 0; $i < N; $i++) {
    $s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
    stream_set_blocking($s, false);
    $streams[$i] = [$s, "GET /r$i HTTP/1.1\r\nHost: x\r\n\r\n", ''];
}
http_test_until($base, function () use (&$streams) {
    $done = 0;
    foreach ($streams as $i => &$st) {
        if ($st[1] !== '') {
            $n = @fwrite($st[0], $st[1]);
            if ($n) $st[1] = substr($st[1], $n);
        }
        $st[2] .= (string)fread($st[0], 8192);
        $done += http_test_response_complete($st[2]);
    }
    return $done === N;
}, 10.0);
$ok = 0;
foreach ($streams as $i => [$s, , $got]) {
    $ok += (http_test_status($got) === 200 && str_ends_with($got, "/r$i"));
    fclose($s);
}
echo "raw streams: correct=$ok server saw ", count($peerPorts), " client ports\n";
?>
--EXPECT--
EventHttpConnection: answered=200 correct=200 server saw 200 client ports
raw streams: correct=200 server saw 200 client ports
