<?php
// An SSL bufferevent after free().
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
$ctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
$ssl = EventBufferEvent::sslSocket($base, null, $ctx, EventBufferEvent::SSL_CONNECTING);
$ssl->free();
foreach (['sslError', 'sslGetCipherInfo', 'sslGetCipherName', 'sslGetCipherVersion', 'sslGetProtocol', 'sslRenegotiate'] as $m) {
    t($m, fn() => $ssl->$m());
}
t('dirty', fn() => $ssl->allow_ssl_dirty_shutdown);
[$a] = EventBufferEvent::createPair($base);
$a->free();
t('filter freed', fn() => EventBufferEvent::createSslFilter($a, $ctx, EventBufferEvent::SSL_CONNECTING));
