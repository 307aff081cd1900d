--TEST--
EventSslContext::OPT_REQUIRE_CLIENT_CERT on the wire, as PECL event: with OPT_VERIFY_PEER a server refuses clients without a certificate (TLS 1.2 and 1.3, s_client and PHP streams), without it no certificate is asked for; the CertificateRequest names OPT_CA_FILE's CAs
--SKIPIF--
<?php require __DIR__ . '/../ssl_wire.inc'; if ($r = ssl_wire_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
$O = fn(int ...$keys) => array_fill_keys($keys, true);

/* What an s_client saw: answered or refused, how many CertificateRequests,
 * which CA names they carried. */
function s_client_view(string $out): string
{
    $names = [];
    $lines = explode("\n", $out);
    foreach ($lines as $i => $line) {
        if (trim($line) === 'Acceptable client certificate CA names') {
            /* (OpenSSL 3.5 prints "CN=X" where 3.0 printed "CN = X".) */
            $names[] = str_replace(' = ', '=', trim($lines[$i + 1]));
        }
    }
    return (str_contains($out, 'pong:ping') ? 'answered' : 'refused')
        . ', CertificateRequest ' . ssl_wire_count_received($out, 'CertificateRequest')
        . ($names ? ', CA names: ' . implode(' ', array_unique($names)) : '');
}

$cases = [
    'CA, VERIFY_PEER, REQUIRE' => [EventSslContext::OPT_CA_FILE => $c['ca']]
        + $O(EventSslContext::OPT_VERIFY_PEER, EventSslContext::OPT_REQUIRE_CLIENT_CERT),
    'CA, VERIFY_PEER' => [EventSslContext::OPT_CA_FILE => $c['ca']] + $O(EventSslContext::OPT_VERIFY_PEER),
    'CA, REQUIRE (no VERIFY_PEER)' => [EventSslContext::OPT_CA_FILE => $c['ca']] + $O(EventSslContext::OPT_REQUIRE_CLIENT_CERT),
    'VERIFY_PEER, REQUIRE, no CA' => $O(EventSslContext::OPT_VERIFY_PEER, EventSslContext::OPT_REQUIRE_CLIENT_CERT),
];
$cert = ['-cert', $c['cli_cert'], '-key', $c['cli_key']];
foreach ($cases as $name => $opts) {
    $ctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD,
        [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key']] + $opts);
    $srv = ssl_wire_server($base, $ctx);
    echo "--- $name\n";
    foreach (['-tls1_2', '-tls1_3'] as $v) {
        echo "s_client $v: ", s_client_view(ssl_wire_s_client($base, $srv->port, [$v])), "\n";
        echo "s_client $v, client cert: ", s_client_view(ssl_wire_s_client($base, $srv->port, array_merge([$v], $cert))), "\n";
    }
    foreach (['no cert' => [], 'client cert' => ['local_cert' => $c['cli_cert'], 'local_pk' => $c['cli_key']]] as $what => $ssl) {
        $r = ssl_wire_php_client($base, $srv->port, $ssl);
        echo "PHP, $what: ", $r['reply'] === "pong:ping\n" ? 'answered' : 'refused', "\n";
    }
    // The server's side of the refusals: an ERROR event and OpenSSL's reason.
    $base->loop(EventBase::LOOP_NONBLOCK);
    $reasons = [];
    foreach ($srv->log as $line) {
        if (str_starts_with($line, 'error ') && !str_contains($line, 'unexpected eof')) {
            $reasons[] = substr(strtok(substr($line, 6), ';'), strlen('error:0A000000:SSL routines::'));
        }
    }
    $counts = array_count_values($reasons);
    echo "server errors: ", $counts ? implode(', ', array_map(fn($r) => "$r x{$counts[$r]}", array_keys($counts))) : 'none', "\n";
    ssl_wire_server_free($srv);
}
?>
--EXPECT--
--- CA, VERIFY_PEER, REQUIRE
s_client -tls1_2: refused, CertificateRequest 1, CA names: CN=EventTestCA
s_client -tls1_2, client cert: answered, CertificateRequest 1, CA names: CN=EventTestCA
s_client -tls1_3: refused, CertificateRequest 1, CA names: CN=EventTestCA
s_client -tls1_3, client cert: answered, CertificateRequest 1, CA names: CN=EventTestCA
PHP, no cert: refused
PHP, client cert: answered
server errors: peer did not return a certificate x3
--- CA, VERIFY_PEER
s_client -tls1_2: answered, CertificateRequest 1, CA names: CN=EventTestCA
s_client -tls1_2, client cert: answered, CertificateRequest 1, CA names: CN=EventTestCA
s_client -tls1_3: answered, CertificateRequest 1, CA names: CN=EventTestCA
s_client -tls1_3, client cert: answered, CertificateRequest 1, CA names: CN=EventTestCA
PHP, no cert: answered
PHP, client cert: answered
server errors: none
--- CA, REQUIRE (no VERIFY_PEER)
s_client -tls1_2: answered, CertificateRequest 0
s_client -tls1_2, client cert: answered, CertificateRequest 0
s_client -tls1_3: answered, CertificateRequest 0
s_client -tls1_3, client cert: answered, CertificateRequest 0
PHP, no cert: answered
PHP, client cert: answered
server errors: none
--- VERIFY_PEER, REQUIRE, no CA
s_client -tls1_2: refused, CertificateRequest 1
s_client -tls1_2, client cert: refused, CertificateRequest 1
s_client -tls1_3: refused, CertificateRequest 1
s_client -tls1_3, client cert: refused, CertificateRequest 1
PHP, no cert: refused
PHP, client cert: refused
server errors: peer did not return a certificate x3, certificate verify failed x3
