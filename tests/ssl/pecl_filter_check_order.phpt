--TEST--
EventBufferEvent::createSslFilter(): the state is checked first, then the underlying bufferevent, then the options, as in PECL event (a freed underlying one with OPT_UNLOCK_CALLBACKS warns "Buffer Event is not initialized")
--SKIPIF--
<?php if (!class_exists('EventSslContext')) die('skip no OpenSSL'); ?>
--FILE--
<?php
$b = new EventBase();
[$x, $y] = EventBufferEvent::createPair($b);
$x->free();
$c = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
foreach ([[$x, 0, EventBufferEvent::OPT_UNLOCK_CALLBACKS], [$x, 99, EventBufferEvent::OPT_UNLOCK_CALLBACKS], [$y, 0, EventBufferEvent::OPT_UNLOCK_CALLBACKS]] as [$u, $state, $options]) {
    try {
        var_dump(EventBufferEvent::createSslFilter($u, $c, $state, $options));
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
Warning: EventBufferEvent::createSslFilter(): Buffer Event is not initialized in %s on line %d
bool(false)

Warning: EventBufferEvent::createSslFilter(): Invalid state specified in %s on line %d
bool(false)
ValueError: EventBufferEvent::createSslFilter(): Argument #4 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
