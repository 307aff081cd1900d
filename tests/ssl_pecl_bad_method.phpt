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
?>
--EXPECT--
0: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants
15: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants
-1: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants
9223372036854775807: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants
