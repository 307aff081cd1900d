<?php
// The TLSv11_*/TLSv12_* methods and the protocol bounds on the wire: the version and cipher each side gets.
require __DIR__ . '/../../../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
set_error_handler(function ($no, $str) { echo "$str\n"; return true; });
$cert = [1 => $c['cert'], 2 => $c['key']];
foreach (['TLS_SERVER_METHOD', 'TLSv11_SERVER_METHOD', 'TLSv12_SERVER_METHOD'] as $sm) {
    foreach (['TLS_CLIENT_METHOD', 'TLSv11_CLIENT_METHOD', 'TLSv12_CLIENT_METHOD'] as $cm) {
        $srv = ssl_wire_server($base, new EventSslContext(constant("EventSslContext::$sm"), $cert));
        echo "$sm, $cm: ", ssl_wire_bev_client($base, $srv->port, new EventSslContext(constant("EventSslContext::$cm"), [])),
            ' ', ssl_wire_last($srv, 'connected'), "\n";
        ssl_wire_server_free($srv);
    }
}
$sctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, $cert + [12 => true, 13 => true]);
$sctx->setMaxProtoVersion(EventSslContext::TLS1_2_VERSION);
$srv = ssl_wire_server($base, $sctx);
echo "min 1.1 max 1.2 server, s_client: ", ssl_wire_lines(ssl_wire_s_client($base, $srv->port, []), 'Protocol  :')[0] ?? 'none', "\n";
echo "... s_client -tls1_3: ", str_contains(ssl_wire_s_client($base, $srv->port, ['-tls1_3']), 'pong:') ? 'answered' : 'refused', "\n";
ssl_wire_server_free($srv);
