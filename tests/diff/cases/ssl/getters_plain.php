<?php
// The SSL getters on a plain bufferevent and on an SSL one before the handshake.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
$ctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
$plain = new EventBufferEvent($base);
$ssl = EventBufferEvent::sslSocket($base, null, $ctx, EventBufferEvent::SSL_CONNECTING);
foreach (['sslError', 'sslGetCipherInfo', 'sslGetCipherName', 'sslGetCipherVersion', 'sslGetProtocol'] as $m) {
    t("plain $m", fn() => $plain->$m());
    t("ssl $m", fn() => $ssl->$m());
}
t('plain dirty', fn() => $plain->allow_ssl_dirty_shutdown);
t('ssl dirty', fn() => $ssl->allow_ssl_dirty_shutdown);
$ssl->allow_ssl_dirty_shutdown = true;
t('ssl dirty set', fn() => $ssl->allow_ssl_dirty_shutdown);
$ssl->allow_ssl_dirty_shutdown = false;
t('ssl dirty unset', fn() => $ssl->allow_ssl_dirty_shutdown);
