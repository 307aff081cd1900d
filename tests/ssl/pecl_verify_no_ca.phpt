--TEST--
EventSslContext::OPT_VERIFY_PEER without OPT_CA_FILE/OPT_CA_PATH, as PECL event: nothing is trusted, not even the system's trust store (SSL_CERT_FILE, SSL_CERT_DIR), so a verifying client or server refuses every peer
--SKIPIF--
<?php require __DIR__ . '/../ssl_wire.inc'; if ($r = ssl_wire_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_wire.inc';
$c = ssl_test_certs();
// OpenSSL's default verify paths would find the test CA here.
putenv("SSL_CERT_FILE={$c['ca']}");
putenv("SSL_CERT_DIR={$c['dir']}");
$base = new EventBase();
$V = [EventSslContext::OPT_VERIFY_PEER => true];
$issued = [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key']];

$srv = ssl_wire_server($base, new EventSslContext(EventSslContext::TLS_SERVER_METHOD, $issued));
foreach (['no CA' => $V, 'CA_FILE' => $V + [EventSslContext::OPT_CA_FILE => $c['ca']]] as $name => $o) {
    echo "client, $name: ", ssl_wire_bev_client($base, $srv->port,
        new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, $o)), "\n";
}
ssl_wire_server_free($srv);

foreach (['no CA' => $V, 'CA_FILE' => $V + [EventSslContext::OPT_CA_FILE => $c['ca']]] as $name => $o) {
    $srv = ssl_wire_server($base, new EventSslContext(EventSslContext::TLS_SERVER_METHOD, $issued + $o));
    $out = ssl_wire_s_client($base, $srv->port, ['-cert', $c['cli_cert'], '-key', $c['cli_key']]);
    $base->loop(EventBase::LOOP_NONBLOCK);
    echo "server, $name: ", str_contains($out, 'pong:ping') ? 'answered'
        : 'refused: ' . ssl_wire_reason(strtok((string)ssl_wire_last($srv, 'error'), ';')), "\n";
    ssl_wire_server_free($srv);
}
?>
--EXPECT--
client, no CA: refused: certificate verify failed
client, CA_FILE: answered
server, no CA: refused: certificate verify failed
server, CA_FILE: answered
