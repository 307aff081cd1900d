<?php
// setMinProtoVersion()/setMaxProtoVersion() with valid and odd versions.
require __DIR__ . '/../buffer/t.inc';
$c = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
foreach ([0, EventSslContext::TLS1_VERSION, EventSslContext::TLS1_1_VERSION, EventSslContext::TLS1_2_VERSION,
    EventSslContext::SSL3_VERSION, 0x304, -1, 12345, PHP_INT_MAX] as $v) {
    t("min $v", fn() => $c->setMinProtoVersion($v));
    t("max $v", fn() => $c->setMaxProtoVersion($v));
}
t('min str', fn() => $c->setMinProtoVersion('x'));
