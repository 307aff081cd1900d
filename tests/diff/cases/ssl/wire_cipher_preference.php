<?php
// OPT_CIPHER_SERVER_PREFERENCE on the wire: the cipher s_client (TLS 1.2 and 1.3) and a PHP tls:// client get.
require __DIR__ . '/../../../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
$server = 'ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256';
$client = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305';
foreach (['none' => [], 'true' => [15 => true], 'false' => [15 => false], '"yes"' => [15 => 'yes']] as $name => $o) {
    $srv = ssl_wire_server($base, new EventSslContext(EventSslContext::TLS_SERVER_METHOD,
        [1 => $c['cert'], 2 => $c['key'], 9 => $server] + $o));
    echo "$name: ", ssl_wire_s_client_cipher(ssl_wire_s_client($base, $srv->port, ['-tls1_2', '-cipher', $client])), ' ',
        ssl_wire_s_client_cipher(ssl_wire_s_client($base, $srv->port, ['-tls1_3', '-ciphersuites',
            'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384'])), ' ',
        ssl_wire_php_client($base, $srv->port, ['ciphers' => $client, 'crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT])['cipher'],
        ' server: ', ssl_wire_last($srv, 'connected'), "\n";
    ssl_wire_server_free($srv);
}
