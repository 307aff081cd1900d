--TEST--
EventHttpRequest::getConnection(): one object per connection, no reference cycle: setting the close callback on every keep-alive request does not grow memory
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

function _close_callback($conn) { }

$base = new EventBase();
[$http, $port] = http_test_server($base);
$ids = []; $served = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$ids, &$served) {
    $conn = $req->getConnection();
    $conn->setCloseCallback('_close_callback', NULL);
    $ids[spl_object_id($conn)] = true;
    $b = new EventBuffer(); $b->add('ok');
    $req->sendReply(200, 'OK', $b);
    $served++;
});
$c = http_test_client($port, '');
$round = function (int $n) use ($c, $base, &$served) {
    $target = $served + $n;
    for ($i = 0; $i < $n; $i++) {
        socket_write($c, "GET /$i HTTP/1.1\r\nHost: x\r\n\r\n");
        $want = $served + 1;
        http_test_run($base, function () use (&$served, $want) { return $served >= $want; });
        http_test_read($c);
    }
    return $served === $target;
};
$round(200);
$m0 = memory_get_usage();
$ok = $round(2000);
$growth = memory_get_usage() - $m0;
echo "all served: ", var_export($ok, true), "\n";
echo "connection objects: ", count($ids), "\n";
echo "growth under 64 KiB: ", var_export($growth < 65536, true), $growth >= 65536 ? " ($growth)" : "", "\n";
?>
--EXPECT--
all served: true
connection objects: 1
growth under 64 KiB: true
