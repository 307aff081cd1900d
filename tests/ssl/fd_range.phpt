--TEST--
EventBufferEvent::sslSocket(): an int descriptor beyond the C int range throws "Invalid file descriptor" (PECL truncates it: 2^32 + 1 would start a TLS handshake on stdout)
--SKIPIF--
<?php if (!class_exists('EventSslContext')) die('skip no OpenSSL'); ?>
--FILE--
<?php
$b = new EventBase();
$ctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
foreach ([2 ** 32 + 1, PHP_INT_MIN] as $v) {
    try {
        EventBufferEvent::sslSocket($b, $v, $ctx, EventBufferEvent::SSL_CONNECTING);
        echo "made\n";
    } catch (Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Exception: Invalid file descriptor
Exception: Invalid file descriptor
