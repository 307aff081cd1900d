--TEST--
SSL bufferevents: PECL event's checks (a bad state warns and returns false, unknown option bits are ignored, its descriptor exceptions, sslRenegotiate() on a plain bufferevent is NULL)
--SKIPIF--
<?php if (!class_exists('EventSslContext')) die('skip no OpenSSL support'); ?>
--EXTENSIONS--
sockets
--FILE--
<?php
function show(string $what, callable $f) {
    try {
        $r = $f();
        echo "$what: ", is_object($r) ? get_class($r) : var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$base = new EventBase();
$ctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
$plain = new EventBufferEvent($base);
show('socket state 3', fn () => EventBufferEvent::sslSocket($base, null, $ctx, 3));
show('filter state -1', fn () => EventBufferEvent::createSslFilter($plain, $ctx, -1));
show('socket option 1<<10', fn () => EventBufferEvent::sslSocket($base, null, $ctx, EventBufferEvent::SSL_CONNECTING, 1 << 10));
show('filter option 1<<10', fn () => EventBufferEvent::createSslFilter($plain, $ctx, EventBufferEvent::SSL_CONNECTING, 1 << 10));
show('unlock without defer', fn () => EventBufferEvent::sslSocket($base, null, $ctx, EventBufferEvent::SSL_CONNECTING, EventBufferEvent::OPT_UNLOCK_CALLBACKS));
$closed = socket_create(AF_INET, SOCK_STREAM, 0);
socket_close($closed);
$mem = fopen('php://memory', 'r');
foreach (['string' => 'x', '-1' => -1, '-5' => -5, 'float' => 1.5, 'closed Socket' => $closed, 'memory stream' => $mem, 'object' => new stdClass()] as $k => $v) {
    show("socket $k", fn () => EventBufferEvent::sslSocket($base, $v, $ctx, EventBufferEvent::SSL_CONNECTING));
}
show('renegotiate plain', fn () => $plain->sslRenegotiate());
?>
--EXPECTF--
Warning: EventBufferEvent::sslSocket(): Invalid state specified in %s on line %d
socket state 3: false

Warning: EventBufferEvent::createSslFilter(): Invalid state specified in %s on line %d
filter state -1: false
socket option 1<<10: EventBufferEvent
filter option 1<<10: EventBufferEvent
unlock without defer: ValueError: EventBufferEvent::sslSocket(): Argument #5 ($options) must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS
socket string: Exception: Invalid file descriptor
socket -1: Exception: Invalid file descriptor
socket -5: Exception: Invalid file descriptor
socket float: Exception: Invalid file descriptor
socket closed Socket: false
socket memory stream: Exception: Cannot fetch file descriptor from memory based stream
socket object: Exception: Invalid file descriptor
renegotiate plain: NULL
