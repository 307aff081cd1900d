--TEST--
EventSslContext's TLSv11_*/TLSv12_* methods on the wire, as PECL event: version-flexible like TLS_*_METHOD (TLS 1.3 is negotiated), capped only by setMaxProtoVersion()
--SKIPIF--
<?php require __DIR__ . '/../ssl_wire.inc'; if ($r = ssl_test_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
$cert = [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key']];
$plain_client = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);

foreach (['TLSv11_SERVER_METHOD', 'TLSv12_SERVER_METHOD'] as $m) {
    $ctx = @new EventSslContext(constant("EventSslContext::$m"), $cert);
    $srv = ssl_wire_server($base, $ctx);
    echo "$m: ", ssl_wire_bev_client($base, $srv->port, $plain_client), ", ", ssl_wire_last($srv, 'connected'), "\n";
    ssl_wire_server_free($srv);
}
$srv = ssl_wire_server($base, new EventSslContext(EventSslContext::TLS_SERVER_METHOD, $cert));
foreach (['TLSv11_CLIENT_METHOD', 'TLSv12_CLIENT_METHOD'] as $m) {
    $ctx = @new EventSslContext(constant("EventSslContext::$m"), []);
    echo "$m: ", ssl_wire_bev_client($base, $srv->port, $ctx), ", ", ssl_wire_last($srv, 'connected'), "\n";
}
$ctx = @new EventSslContext(EventSslContext::TLSv12_CLIENT_METHOD, []);
var_dump($ctx->setMaxProtoVersion(EventSslContext::TLS1_2_VERSION));
echo "TLSv12_CLIENT_METHOD, max TLS 1.2: ", ssl_wire_bev_client($base, $srv->port, $ctx), ", ",
    ssl_wire_last($srv, 'connected'), "\n";
ssl_wire_server_free($srv);
?>
--EXPECT--
TLSv11_SERVER_METHOD: answered, TLS_AES_256_GCM_SHA384 TLSv1.3
TLSv12_SERVER_METHOD: answered, TLS_AES_256_GCM_SHA384 TLSv1.3
TLSv11_CLIENT_METHOD: answered, TLS_AES_256_GCM_SHA384 TLSv1.3
TLSv12_CLIENT_METHOD: answered, TLS_AES_256_GCM_SHA384 TLSv1.3
bool(true)
TLSv12_CLIENT_METHOD, max TLS 1.2: answered, ECDHE-ECDSA-AES256-GCM-SHA384 TLSv1.2
