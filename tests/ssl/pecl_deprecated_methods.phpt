--TEST--
EventSslContext: the TLSv11_*/TLSv12_* methods give PECL event's deprecation notice and still build the context
--SKIPIF--
<?php if (!class_exists('EventSslContext')) die('skip no OpenSSL support'); ?>
--FILE--
<?php
foreach (['TLS_CLIENT_METHOD', 'TLSv11_CLIENT_METHOD', 'TLSv11_SERVER_METHOD', 'TLSv12_CLIENT_METHOD', 'TLSv12_SERVER_METHOD'] as $m) {
    $ctx = new EventSslContext(constant("EventSslContext::$m"), []);
    echo $m, ": ", get_class($ctx), "\n";
}
// A handler that throws stops the construction.
set_error_handler(function ($no, $str) { throw new ErrorException($str, 0, $no); });
try {
    new EventSslContext(EventSslContext::TLSv12_CLIENT_METHOD, []);
} catch (ErrorException $e) {
    echo "thrown: ", $e->getMessage(), "\n";
}
?>
--EXPECTF--
TLS_CLIENT_METHOD: EventSslContext

Deprecated: EventSslContext::__construct(): TLSv11_CLIENT_METHOD is deprecated, use TLS_CLIENT_METHOD instead in %s on line %d
TLSv11_CLIENT_METHOD: EventSslContext

Deprecated: EventSslContext::__construct(): TLSv11_SERVER_METHOD is deprecated, use TLS_SERVER_METHOD instead in %s on line %d
TLSv11_SERVER_METHOD: EventSslContext

Deprecated: EventSslContext::__construct(): TLSv12_CLIENT_METHOD is deprecated, use TLS_CLIENT_METHOD instead in %s on line %d
TLSv12_CLIENT_METHOD: EventSslContext

Deprecated: EventSslContext::__construct(): TLSv12_SERVER_METHOD is deprecated, use TLS_SERVER_METHOD instead in %s on line %d
TLSv12_SERVER_METHOD: EventSslContext
thrown: EventSslContext::__construct(): TLSv12_CLIENT_METHOD is deprecated, use TLS_CLIENT_METHOD instead
