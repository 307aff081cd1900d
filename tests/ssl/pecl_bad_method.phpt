--TEST--
EventSslContext: a method that is no *_METHOD constant throws ValueError (PECL makes a context-less object that crashes on use)
--SKIPIF--
<?php if (!class_exists('EventSslContext')) die('skip no OpenSSL support'); ?>
--FILE--
<?php
foreach ([0, 15, -1, PHP_INT_MAX] as $m) {
    try {
        new EventSslContext($m, []);
        echo "$m: built\n";
    } catch (ValueError $e) {
        echo "$m: ", $e->getMessage(), "\n";
    }
}
// The method is checked before the options, as in PECL event.
try {
    new EventSslContext(48, [EventSslContext::OPT_CIPHERS => "a\0b"]);
} catch (ValueError $e) {
    echo "both bad: ", $e->getMessage(), "\n";
}
// Then the options: an unknown one warns.
new EventSslContext(EventSslContext::TLSv12_CLIENT_METHOD, [99 => 1]);
echo "bad option: built\n";
?>
--EXPECTF--
0: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants
15: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants
-1: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants
9223372036854775807: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants
both bad: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants

Deprecated: EventSslContext::__construct(): TLSv12_CLIENT_METHOD is deprecated, use TLS_CLIENT_METHOD instead in %s on line %d

Warning: EventSslContext::__construct(): Unknown option 99 in %s on line %d
bad option: built
