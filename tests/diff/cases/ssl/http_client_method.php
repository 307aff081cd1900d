<?php
// EventHttp with a client-method context: an accepted connection stays open while the client is silent, and closes once it speaks.
require __DIR__ . '/../../../ssl_certs.inc';
$c = ssl_test_certs();
$base = new EventBase();
$ctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [1 => $c['cert'], 2 => $c['key']]);
$listen = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($listen, false), ':'), 1);
$http = new EventHttp($base, $ctx);
var_dump($http->accept($listen));
$http->setDefaultCallback(function ($req) { echo "handler ran\n"; });
$cl = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5);
stream_set_blocking($cl, false);
$state = function () use ($cl) {
    $r = [$cl]; $w = $x = null;
    if (stream_select($r, $w, $x, 0) === 0) {
        return 'open';
    }
    return fread($cl, 100) === '' && feof($cl) ? 'closed' : 'data';
};
for ($i = 0; $i < 60; $i++) {
    $base->loop(EventBase::LOOP_NONBLOCK);
    usleep(5000);
}
echo "silent client: ", $state(), "\n";
fwrite($cl, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
$s = 'open';
for ($end = microtime(true) + 5; $s === 'open' && microtime(true) < $end; usleep(2000)) {
    $base->loop(EventBase::LOOP_NONBLOCK);
    $s = $state();
}
echo "after bytes: $s\n";
