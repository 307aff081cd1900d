--TEST--
Regression (API fuzzer): SSL bufferevents refuse OPT_UNLOCK_CALLBACKS without OPT_DEFER_CALLBACKS (libevent crashed)
--SKIPIF--
<?php if (!class_exists('EventSslContext')) die('skip no OpenSSL support'); ?>
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
/* Found by tests/fuzz/api_fuzz.php (ASan, seed 59): libevent refuses this
 * option pair, and bufferevent_openssl_*_new() then crashed while freeing
 * the half-made bufferevent. The plain constructors already refused it. */
$ctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
$base = new EventBase();
$unlock = EventBufferEvent::OPT_UNLOCK_CALLBACKS;
$states = [EventBufferEvent::SSL_OPEN, EventBufferEvent::SSL_CONNECTING, EventBufferEvent::SSL_ACCEPTING];

function attempt(string $what, callable $f): void
{
    try {
        $b = $f();
        echo "$what: ", get_class($b), "\n";
        $b->free();
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}

foreach ($states as $state) {
    [$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    attempt("sslSocket state $state", fn() => EventBufferEvent::sslSocket($base, $s1, $ctx, $state, $unlock));
    attempt("sslSocket null state $state", fn() => EventBufferEvent::sslSocket($base, null, $ctx, $state,
        $unlock | EventBufferEvent::OPT_CLOSE_ON_FREE));
    $under = new EventBufferEvent($base, $s2);
    attempt("createSslFilter state $state", fn() => EventBufferEvent::createSslFilter($under, $ctx, $state, $unlock));
}

// With DEFER_CALLBACKS the pair is valid and works.
[$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
attempt('sslSocket with DEFER', fn() => EventBufferEvent::sslSocket($base, $s1, $ctx, EventBufferEvent::SSL_CONNECTING,
    $unlock | EventBufferEvent::OPT_DEFER_CALLBACKS));
$under = new EventBufferEvent($base, $s2);
attempt('createSslFilter with DEFER', fn() => EventBufferEvent::createSslFilter($under, $ctx, EventBufferEvent::SSL_OPEN,
    $unlock | EventBufferEvent::OPT_DEFER_CALLBACKS));
echo "done\n";
?>
--EXPECT--
sslSocket state 0: ValueError: EventBufferEvent::sslSocket(): Argument #5 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
sslSocket null state 0: ValueError: EventBufferEvent::sslSocket(): Argument #5 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
createSslFilter state 0: ValueError: EventBufferEvent::createSslFilter(): Argument #4 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
sslSocket state 1: ValueError: EventBufferEvent::sslSocket(): Argument #5 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
sslSocket null state 1: ValueError: EventBufferEvent::sslSocket(): Argument #5 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
createSslFilter state 1: ValueError: EventBufferEvent::createSslFilter(): Argument #4 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
sslSocket state 2: ValueError: EventBufferEvent::sslSocket(): Argument #5 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
sslSocket null state 2: ValueError: EventBufferEvent::sslSocket(): Argument #5 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
createSslFilter state 2: ValueError: EventBufferEvent::createSslFilter(): Argument #4 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
sslSocket with DEFER: EventBufferEvent
createSslFilter with DEFER: EventBufferEvent
done
