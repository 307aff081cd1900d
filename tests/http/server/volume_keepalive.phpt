--TEST--
Volumes: 1,000 requests one after the other on one EventHttpConnection, all answered over one TCP connection
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

const N = 1000;
$base = new EventBase();
[$http, $port] = http_test_server($base);
$connIds = [];
$peerPorts = [];
$conns = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$connIds, &$peerPorts, &$conns) {
    $c = $req->getConnection();
    $conns[spl_object_id($c)] = $c;   /* held, so no id is reused */
    $connIds[spl_object_id($c)] = true;
    $c->getPeer($a, $p);
    $peerPorts[$p] = true;
    $req->sendReply(200, 'OK', http_test_buf(substr($req->getUri(), 1)));
});

$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$answered = 0;
$wrong = 0;
$send = function (int $i) use (&$send, $conn, $base, &$answered, &$wrong) {
    $req = new EventHttpRequest(function (EventHttpRequest $r, int $i) use (&$send, $base, &$answered, &$wrong) {
        $answered++;
        if ($r->getResponseCode() !== 200 || $r->getInputBuffer()->read(20) !== (string)$i) {
            $wrong++;
        }
        if ($i + 1 < N) {
            $send($i + 1);
        } else {
            $base->exit();
        }
    }, $i);
    $req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
    $conn->makeRequest($req, EventHttpRequest::CMD_GET, "/$i");
};
$send(0);
$guard = Event::timer($base, fn() => $base->exit());
$guard->addTimer(20);
$base->dispatch();
echo "answered=$answered wrong=$wrong server connections=", count($connIds), " client ports=", count($peerPorts), "\n";
?>
--EXPECT--
answered=1000 wrong=0 server connections=1 client ports=1
