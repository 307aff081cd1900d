--TEST--
EventSslContext::setMinProtoVersion()/setMaxProtoVersion() return true for any version, as in PECL event
--EXTENSIONS--
event
--SKIPIF--
<?php if (!class_exists('EventSslContext')) die('skip no OpenSSL support'); ?>
--FILE--
<?php
$c = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
foreach ([EventSslContext::TLS1_2_VERSION, 0, -1, 12345, PHP_INT_MAX] as $v) {
    var_dump($c->setMinProtoVersion($v), $c->setMaxProtoVersion($v));
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
