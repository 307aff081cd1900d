--TEST--
EventSslContext::OPT_VERIFY_CLIENT_ONCE on the wire, as PECL event: a server that renegotiates (sslRenegotiate(), a full handshake) asks again for the client's certificate without it, not with it; alone it asks for none
--SKIPIF--
<?php require __DIR__ . '/../ssl_wire.inc'; if ($r = ssl_wire_skip_reason()) die("skip $r");
/* With OpenSSL 3.5 (Debian 13) the s_client exchange of this test never gets
 * as far as the renegotiation, under either build; not yet understood. */
if (EventSslContext::OPENSSL_VERSION_NUMBER >= 0x30500000) die('skip renegotiation through s_client is checked with OpenSSL before 3.5');
?>
--ENV--
OPENSSL_CONF={PWD}/../ssl_no_resumption.cnf
--FILE--
<?php
require __DIR__ . '/../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
$O = fn(int ...$keys) => array_fill_keys($keys, true);

$cases = [
    'VERIFY_PEER' => $O(EventSslContext::OPT_VERIFY_PEER),
    'VERIFY_PEER, VERIFY_CLIENT_ONCE' => $O(EventSslContext::OPT_VERIFY_PEER, EventSslContext::OPT_VERIFY_CLIENT_ONCE),
    'VERIFY_PEER, REQUIRE, VERIFY_CLIENT_ONCE' => $O(EventSslContext::OPT_VERIFY_PEER,
        EventSslContext::OPT_REQUIRE_CLIENT_CERT, EventSslContext::OPT_VERIFY_CLIENT_ONCE),
    'VERIFY_CLIENT_ONCE alone' => $O(EventSslContext::OPT_VERIFY_CLIENT_ONCE),
];
foreach ($cases as $name => $opts) {
    $ctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [EventSslContext::OPT_LOCAL_CERT => $c['cert'],
        EventSslContext::OPT_LOCAL_PK => $c['key'], EventSslContext::OPT_CA_FILE => $c['ca']] + $opts);
    $srv = ssl_wire_server($base, $ctx, function ($bev, $data) {
        if ($data === "reneg\n") {
            var_dump($bev->sslRenegotiate());
        }
    });
    echo "--- $name\n";
    // Done once both Finished messages of the second handshake went by.
    $out = ssl_wire_s_client($base, $srv->port, ['-tls1_2', '-cert', $c['cli_cert'], '-key', $c['cli_key']],
        "reneg\n", fn($out) => substr_count($out, ', Finished') >= 4);
    echo "answered: ", str_contains($out, 'pong:reneg') ? 'yes' : 'no', "\n";
    // Two full handshakes: the server sent its certificate twice.
    echo "server Certificate: ", ssl_wire_count_received($out, 'Certificate'), "\n";
    echo "CertificateRequest: ", ssl_wire_count_received($out, 'CertificateRequest'), "\n";
    ssl_wire_server_free($srv);
}
?>
--EXPECT--
--- VERIFY_PEER
NULL
answered: yes
server Certificate: 2
CertificateRequest: 2
--- VERIFY_PEER, VERIFY_CLIENT_ONCE
NULL
answered: yes
server Certificate: 2
CertificateRequest: 1
--- VERIFY_PEER, REQUIRE, VERIFY_CLIENT_ONCE
NULL
answered: yes
server Certificate: 2
CertificateRequest: 1
--- VERIFY_CLIENT_ONCE alone
NULL
answered: yes
server Certificate: 2
CertificateRequest: 0
