<?php
// OPT_VERIFY_PEER, OPT_ALLOW_SELF_SIGNED, OPT_CA_FILE/OPT_CA_PATH and OPT_VERIFY_DEPTH on a client: which servers
// it accepts (self-signed, CA-issued, behind an intermediate), with the system's trust store pointing at the CA.
require __DIR__ . '/../../../ssl_wire.inc';
$c = ssl_test_certs();
putenv("SSL_CERT_FILE={$c['ca']}");
$base = new EventBase();
$servers = ['self-signed' => [1 => $c['self_cert'], 2 => $c['self_key']], 'issued' => [1 => $c['cert'], 2 => $c['key']],
            'chain' => [1 => $c['chain_cert'], 2 => $c['chain_key']]];
$clients = ['none' => [], 'peer' => [7 => true], 'peer+allow' => [7 => true, 6 => true],
            'peer+allow+CA' => [7 => true, 6 => true, 4 => $c['ca']], 'peer+allow+path' => [7 => true, 6 => true, 5 => $c['dir']],
            'peer+CA' => [7 => true, 4 => $c['ca']], 'peer+CA depth 0' => [7 => true, 4 => $c['ca'], 8 => 0],
            'peer+CA depth 1' => [7 => true, 4 => $c['ca'], 8 => 1], 'allow only' => [6 => true],
            'require only' => [16 => true]];
foreach ($servers as $sname => $so) {
    $srv = ssl_wire_server($base, new EventSslContext(EventSslContext::TLS_SERVER_METHOD, $so));
    foreach ($clients as $cname => $co) {
        echo "$sname, $cname: ", ssl_wire_bev_client($base, $srv->port,
            new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, $co)), "\n";
    }
    ssl_wire_server_free($srv);
}
// A server's side: s_client's self-signed and CA-issued certificates.
foreach (['peer+allow' => [7 => true, 6 => true], 'peer+allow+CA' => [7 => true, 6 => true, 4 => $c['ca']]] as $name => $o) {
    $srv = ssl_wire_server($base, new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [1 => $c['cert'], 2 => $c['key']] + $o));
    foreach (['self' => ['-cert', $c['self_cert'], '-key', $c['self_key']], 'issued' => ['-cert', $c['cli_cert'], '-key', $c['cli_key']]] as $who => $a) {
        echo "server $name, $who: ", str_contains(ssl_wire_s_client($base, $srv->port, $a), 'pong:') ? 'answered' : 'refused', "\n";
    }
    ssl_wire_server_free($srv);
}
