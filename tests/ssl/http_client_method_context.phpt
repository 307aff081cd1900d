--TEST--
EventHttp with a client-method EventSslContext: an accepted connection stays open until the client speaks, then it is closed (as PECL event)
--EXTENSIONS--
sockets
--SKIPIF--
<?php
require __DIR__ . '/../ssl_certs.inc';
if ($r = ssl_test_skip_reason()) die("skip $r");
?>
--FILE--
<?php
require __DIR__ . '/../ssl_certs.inc';
require __DIR__ . '/../http_helpers.inc';
$certs = ssl_test_certs();

$base = new EventBase();
/* A context that can only connect: the server's handshake fails. */
$ctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $certs['cert'],
    EventSslContext::OPT_LOCAL_PK => $certs['key'],
]);
$listen = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($listen, false), ':'), 1);
$http = new EventHttp($base, $ctx);
var_dump($http->accept($listen));
$http->setDefaultCallback(function ($req) { echo "handler ran\n"; });

$c = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5);
stream_set_blocking($c, false);
$state = function () use ($c) {
    $r = [$c]; $w = $x = null;
    if (stream_select($r, $w, $x, 0) === 0) {
        return 'open';
    }
    return fread($c, 100) === '' && feof($c) ? 'closed' : 'data';
};
/* 300 ms of a silent client: the server neither closes nor writes. */
$end = microtime(true) + 0.3;
while (microtime(true) < $end) {
    $base->loop(EventBase::LOOP_NONBLOCK);
    usleep(5000);
}
echo "silent client: ", $state(), "\n";

fwrite($c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
$s = 'open';
http_test_run($base, function () use ($state, &$s) { return ($s = $state()) !== 'open'; }, 5);
echo "after bytes: $s\n";
?>
--EXPECT--
bool(true)
silent client: open
after bytes: closed
