--TEST--
EventBufferEvent::sslSocket() on blocking streams makes their sockets non-blocking, so a TLS exchange never blocks the loop (documented difference ssl-socket-blocking: PECL leaves them blocking and hangs)
--SKIPIF--
<?php require __DIR__ . '/../ssl_certs.inc'; if ($r = ssl_test_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_certs.inc';
require __DIR__ . '/../http_helpers.inc';
$c = ssl_test_certs();

$base = new EventBase();
$sctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $c['cert'],
    EventSslContext::OPT_LOCAL_PK => $c['key'],
]);
$cctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [
    EventSslContext::OPT_CA_FILE => $c['ca'],
    EventSslContext::OPT_VERIFY_PEER => true,
]);

$listen = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($listen, false), ':'), 1);
$client = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
$accepted = stream_socket_accept($listen, 2);
echo 'blocking before: ', var_export(stream_get_meta_data($client)['blocked'], true), ' ',
    var_export(stream_get_meta_data($accepted)['blocked'], true), "\n";

$srv = EventBufferEvent::sslSocket($base, $accepted, $sctx, EventBufferEvent::SSL_ACCEPTING);
$cli = EventBufferEvent::sslSocket($base, $client, $cctx, EventBufferEvent::SSL_CONNECTING);

$got = '';
$srv->setCallbacks(function ($b) {
    $b->write(strtoupper($b->read(8192)));
}, null, null);
$srv->enable(Event::READ);
$cli->setCallbacks(function ($b) use (&$got) {
    $got .= $b->read(8192);
}, null, null);
$cli->enable(Event::READ | Event::WRITE);
$cli->write("ping over tls\n");
http_test_until($base, function () use (&$got) { return strlen($got) >= 14; }, 3.0);
echo 'reply: ', json_encode($got), ', protocol ', $cli->sslGetProtocol() !== null ? 'set' : 'none', "\n";
?>
--EXPECT--
blocking before: true true
reply: "PING OVER TLS\n", protocol set
