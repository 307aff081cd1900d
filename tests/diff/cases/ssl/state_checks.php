<?php
// sslSocket()/createSslFilter(): PECL's state check (a warning, false), option bits
// it ignores, its descriptor exceptions; sslRenegotiate() of a plain one.
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
$closed = socket_create(AF_INET, SOCK_STREAM, 0);
socket_close($closed);
$mem = fopen('php://memory', 'r');
foreach (['string' => 'x', '-1' => -1, '-5' => -5, 'float' => 1.5, 'closed Socket' => $closed, 'memory stream' => $mem, 'object' => new stdClass()] as $k => $v) {
    show("socket $k", fn () => EventBufferEvent::sslSocket($base, $v, $ctx, EventBufferEvent::SSL_CONNECTING));
}
show('renegotiate plain', fn () => $plain->sslRenegotiate());
?>
