--TEST--
SSL getters before the handshake and on freed bufferevents, as in PECL event
--EXTENSIONS--
event
--SKIPIF--
<?php if (!class_exists('EventSslContext')) die('skip no OpenSSL support'); ?>
--FILE--
<?php
$base = new EventBase();
$ctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
$ssl = EventBufferEvent::sslSocket($base, null, $ctx, EventBufferEvent::SSL_CONNECTING);
var_dump($ssl->sslGetCipherName(), $ssl->sslGetCipherVersion(), $ssl->sslGetCipherInfo(), $ssl->sslError());
$plain = new EventBufferEvent($base);
var_dump($plain->sslGetCipherName(), $plain->allow_ssl_dirty_shutdown, $ssl->allow_ssl_dirty_shutdown);
$ssl->free();
var_dump($ssl->sslGetProtocol(), $ssl->sslError());
[$a] = EventBufferEvent::createPair($base);
$a->free();
var_dump(EventBufferEvent::createSslFilter($a, $ctx, EventBufferEvent::SSL_CONNECTING));
?>
--EXPECTF--
string(6) "(NONE)"
string(6) "(NONE)"
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)

Warning: EventBufferEvent::sslGetProtocol(): Buffer Event is not initialized in %s on line 9

Warning: EventBufferEvent::sslError(): Buffer Event is not initialized in %s on line 9
bool(false)
bool(false)

Warning: EventBufferEvent::createSslFilter(): Buffer Event is not initialized in %s on line 12
bool(false)
