--TEST--
EventSslContext::OPT_CIPHER_SERVER_PREFERENCE on the wire, as PECL event: the server's order of OPT_CIPHERS (and of TLS 1.3's suites) decides with it, the client's without it or when false
--SKIPIF--
<?php require __DIR__ . '/../ssl_wire.inc'; if ($r = ssl_wire_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_wire.inc';
$c = ssl_test_certs();
$server_order = 'ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256';
$client_order = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305';
// OpenSSL's TLS 1.3 suites, in the opposite order to its default.
$client_suites = 'TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_256_GCM_SHA384';

$base = new EventBase();
foreach (['no option' => [], 'true' => [EventSslContext::OPT_CIPHER_SERVER_PREFERENCE => true],
          'false' => [EventSslContext::OPT_CIPHER_SERVER_PREFERENCE => false],
          '1 (truthy)' => [EventSslContext::OPT_CIPHER_SERVER_PREFERENCE => 1]] as $name => $opt) {
    $ctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
        EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key'],
        EventSslContext::OPT_CIPHERS => $server_order] + $opt);
    $srv = ssl_wire_server($base, $ctx);
    echo "--- $name\n";
    $out = ssl_wire_s_client($base, $srv->port, ['-tls1_2', '-cipher', $client_order]);
    $seen = ssl_wire_last($srv, 'connected');
    echo "s_client TLS 1.2: ", ssl_wire_s_client_cipher($out), ", server: $seen\n";
    $out = ssl_wire_s_client($base, $srv->port, ['-tls1_3', '-ciphersuites', $client_suites]);
    echo "s_client TLS 1.3: ", ssl_wire_s_client_cipher($out), "\n";
    $r = ssl_wire_php_client($base, $srv->port, ['ciphers' => $client_order,
        'crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT]);
    echo "PHP TLS 1.2: {$r['cipher']} {$r['protocol']} ", json_encode($r['reply']), "\n";
    // A client that offers the server's order gets that order either way.
    $r = ssl_wire_php_client($base, $srv->port, ['ciphers' => $server_order,
        'crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT]);
    echo "PHP TLS 1.2, server's order: {$r['cipher']}\n";
    ssl_wire_server_free($srv);
}
?>
--EXPECT--
--- no option
s_client TLS 1.2: ECDHE-ECDSA-AES128-GCM-SHA256, server: ECDHE-ECDSA-AES128-GCM-SHA256 TLSv1.2
s_client TLS 1.3: TLS_AES_128_GCM_SHA256
PHP TLS 1.2: ECDHE-ECDSA-AES128-GCM-SHA256 TLSv1.2 "pong:ping\n"
PHP TLS 1.2, server's order: ECDHE-ECDSA-CHACHA20-POLY1305
--- true
s_client TLS 1.2: ECDHE-ECDSA-CHACHA20-POLY1305, server: ECDHE-ECDSA-CHACHA20-POLY1305 TLSv1.2
s_client TLS 1.3: TLS_AES_256_GCM_SHA384
PHP TLS 1.2: ECDHE-ECDSA-CHACHA20-POLY1305 TLSv1.2 "pong:ping\n"
PHP TLS 1.2, server's order: ECDHE-ECDSA-CHACHA20-POLY1305
--- false
s_client TLS 1.2: ECDHE-ECDSA-AES128-GCM-SHA256, server: ECDHE-ECDSA-AES128-GCM-SHA256 TLSv1.2
s_client TLS 1.3: TLS_AES_128_GCM_SHA256
PHP TLS 1.2: ECDHE-ECDSA-AES128-GCM-SHA256 TLSv1.2 "pong:ping\n"
PHP TLS 1.2, server's order: ECDHE-ECDSA-CHACHA20-POLY1305
--- 1 (truthy)
s_client TLS 1.2: ECDHE-ECDSA-CHACHA20-POLY1305, server: ECDHE-ECDSA-CHACHA20-POLY1305 TLSv1.2
s_client TLS 1.3: TLS_AES_256_GCM_SHA384
PHP TLS 1.2: ECDHE-ECDSA-CHACHA20-POLY1305 TLSv1.2 "pong:ping\n"
PHP TLS 1.2, server's order: ECDHE-ECDSA-CHACHA20-POLY1305
