--TEST--
EventHttp::setTimeout() closes an idle keep-alive connection; addServerAlias()/removeServerAlias()
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function (EventHttpRequest $req) {
    $req->sendReply(200, 'OK', http_test_buf('hi'));
});
$http->setTimeout(1);

/* One request, then the client stays idle: the server closes after ~1 s. */
$s = stream_socket_client("tcp://127.0.0.1:$port");
stream_set_blocking($s, false);
fwrite($s, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
$t0 = microtime(true);
$got = '';
$eofAt = null;
while (microtime(true) - $t0 < 4) {
    $base->loop(EventBase::LOOP_ONCE | EventBase::LOOP_NONBLOCK);
    $got .= (string)fread($s, 8192);
    if (feof($s)) { $eofAt = microtime(true) - $t0; break; }
    usleep(2000);
}
echo http_test_status($got), "\n";
var_dump($eofAt !== null && $eofAt >= 0.8 && $eofAt < 3.0);
fclose($s);

/* A connection that says nothing at all is closed too. */
$s = stream_socket_client("tcp://127.0.0.1:$port");
$t0 = microtime(true);
$closed = http_test_until($base, function () use ($s) {
    $r = [$s]; $w = $e = null;
    return stream_select($r, $w, $e, 0) > 0 && fread($s, 10) === '' && feof($s);
}, 4.0);
$dt = microtime(true) - $t0;
var_dump($closed && $dt >= 0.8 && $dt < 3.0);

/* Server aliases: added ones can be removed once; unknown ones cannot. */
var_dump($http->addServerAlias('www.example.test'));
var_dump($http->addServerAlias('other.example.test'));
var_dump($http->removeServerAlias('www.example.test'));
var_dump($http->removeServerAlias('www.example.test'));
var_dump($http->removeServerAlias('never.added'));
var_dump($http->removeServerAlias('other.example.test'));
/* Requests for any host are still served by the default callback. */
$raw = http_test_raw($base, $port, "GET / HTTP/1.1\r\nHost: other.example.test\r\n\r\n");
echo http_test_status($raw), "\n";
?>
--EXPECT--
200
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
200
