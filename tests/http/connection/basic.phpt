--TEST--
EventHttpRequest::getConnection() is one object per keep-alive connection; getBufferEvent(); closeConnection()
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$ids = [];
$conns = [];   /* keeps the objects alive, so ids cannot be reused */
$bevs = [];
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$ids, &$conns, &$bevs) {
    $c = $req->getConnection();
    $conns[] = $c;
    $ids[] = spl_object_id($c);
    var_dump($req->getConnection() === $c);
    $bev = $req->getBufferEvent();
    $bevs[] = $bev;
    echo get_class($c), ' ', get_class($bev), "\n";
    $c->getPeer($addr, $peerPort);
    echo "peer: $addr ", $peerPort > 0 ? 'port>0' : 'port?', "\n";
    if ($req->getUri() === '/close') {
        /* The reply is dropped with the connection. */
        $req->closeConnection();
        return;
    }
    $req->sendReply(200, 'OK', http_test_buf($req->getUri()));
});

/* Three requests pipelined on one connection, then a fourth on another. */
$s = stream_socket_client("tcp://127.0.0.1:$port");
stream_set_blocking($s, false);
fwrite($s, "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n");
$got = '';
http_test_until($base, function () use ($s, &$got) {
    $got .= (string)fread($s, 65536);
    return substr_count($got, 'HTTP/1.1 200') === 3 && str_ends_with($got, '/3');
});
echo "replies on the first connection: ", substr_count($got, 'HTTP/1.1 200'), "\n";
$raw = http_test_raw($base, $port, "GET /4 HTTP/1.1\r\nHost: x\r\n\r\n");
echo http_test_status($raw), "\n";

echo "same connection object: ", var_export($ids[0] === $ids[1] && $ids[1] === $ids[2], true), "\n";
echo "new connection, new object: ", var_export($ids[3] !== $ids[0], true), "\n";
echo "same EventBufferEvent on one connection: ", var_export($bevs[0] === $bevs[1], true), "\n";

/* closeConnection(): the client sees the connection closed, no reply. */
$raw = http_test_raw($base, $port, "GET /close HTTP/1.1\r\nHost: x\r\n\r\n");
echo "closeConnection: ", json_encode($raw), "\n";
fclose($s);
?>
--EXPECT--
bool(true)
EventHttpConnection EventBufferEvent
peer: 127.0.0.1 port>0
bool(true)
EventHttpConnection EventBufferEvent
peer: 127.0.0.1 port>0
bool(true)
EventHttpConnection EventBufferEvent
peer: 127.0.0.1 port>0
replies on the first connection: 3
bool(true)
EventHttpConnection EventBufferEvent
peer: 127.0.0.1 port>0
200
same connection object: true
new connection, new object: true
same EventBufferEvent on one connection: true
bool(true)
EventHttpConnection EventBufferEvent
peer: 127.0.0.1 port>0
closeConnection: "<EOF>"
