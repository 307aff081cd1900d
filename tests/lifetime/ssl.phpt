--TEST--
SSL bufferevents: bad arguments, renegotiation, filters without OPT_CLOSE_ON_FREE, EventBase freed first
--SKIPIF--
<?php require __DIR__ . '/../ssl_certs.inc'; if ($r = ssl_test_skip_reason()) die("skip $r"); ?>
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../ssl_certs.inc';
$c = ssl_test_certs();

function attempt(string $what, callable $f)
{
    try {
        $f();
        echo "$what: no error\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$base = new EventBase();
$cctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
$sctx12 = new EventSslContext(EventSslContext::TLSv12_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key']]);

attempt('bad state', fn() => EventBufferEvent::sslSocket($base, null, $cctx, 3));
attempt('bad options', fn() => EventBufferEvent::sslSocket($base, null, $cctx, EventBufferEvent::SSL_CONNECTING, 1 << 10));
attempt('bad socket', fn() => EventBufferEvent::sslSocket($base, 'x', $cctx, EventBufferEvent::SSL_CONNECTING));
attempt('negative fd', fn() => EventBufferEvent::sslSocket($base, -5, $cctx, EventBufferEvent::SSL_CONNECTING));
attempt('filter bad state', fn() => EventBufferEvent::createSslFilter(new EventBufferEvent($base), $cctx, -1));
$freed = new EventBufferEvent($base);
$freed->free();
attempt('filter over freed', fn() => EventBufferEvent::createSslFilter($freed, $cctx, EventBufferEvent::SSL_CONNECTING));
$dead_base = new EventBase();
$dead_base->free();
attempt('freed base', fn() => EventBufferEvent::sslSocket($dead_base, null, $cctx, EventBufferEvent::SSL_CONNECTING));

// A Socket object and an int fd are accepted too; -1 means "none yet".
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$sock = socket_import_stream($pair[0]);
$b = EventBufferEvent::sslSocket($base, $sock, $cctx, EventBufferEvent::SSL_CONNECTING);
var_dump($b->fd >= 0, $b->sslGetProtocol() !== false);
$b->free();
var_dump(socket_write($sock, "x") === 1);      // not closed: no OPT_CLOSE_ON_FREE
$b = EventBufferEvent::sslSocket($base, null, $cctx, EventBufferEvent::SSL_CONNECTING);
var_dump($b->fd);
$b->free();

// The versioned method negotiates TLS 1.3 too (as PECL event's does): TLS 1.2,
// which renegotiates, is the bound's doing.
$sctx12->setMaxProtoVersion(EventSslContext::TLS1_2_VERSION);
// A TLS 1.2 connection over a socket pair: server by sslSocket, client by
// a filter without OPT_CLOSE_ON_FREE over a plain bufferevent.
[$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$server = EventBufferEvent::sslSocket($base, $s1, $sctx12, EventBufferEvent::SSL_ACCEPTING);
$served = 0;
$server_connected = [];
$server->setCallbacks(function ($b) use (&$served) {
    $b->write(strtoupper($b->read(1024)));
    // The server asks for a new handshake (OpenSSL servers refuse ones
    // that clients start).
    if ($served++ == 0) {
        $b->sslRenegotiate();
    }
}, null, function ($b, $events) use (&$server_connected) {
    $server_connected[] = $events;
});
$server->enable(Event::READ);

$plain = new EventBufferEvent($base, $s2);
$filter = EventBufferEvent::createSslFilter($plain, $cctx, EventBufferEvent::SSL_CONNECTING);
$step = 0;
$filter->setCallbacks(function ($b) use (&$step, $base) {
    $got = $b->read(1024);
    echo "reply $step: $got\n";
    if ($step++ == 0) {
        echo "protocol: ", $b->sslGetProtocol(), "\n";
        $b->write("after renegotiation");
    } else {
        $base->exit();
    }
}, null, function ($b, $events) {
    if ($events & EventBufferEvent::CONNECTED) {
        $b->write("before");
    }
    if ($events & (EventBufferEvent::EOF | EventBufferEvent::ERROR)) {
        echo "client events $events: ", $b->sslError(), "\n";
    }
});
$filter->enable(Event::READ | Event::WRITE);
$t = new Event($base, -1, Event::TIMEOUT, function () use ($base) { echo "timeout\n"; $base->exit(); });
$t->add(3);
$base->dispatch();

// The handshake and the renegotiation each end with a CONNECTED event.
var_dump($server_connected === [EventBufferEvent::CONNECTED, EventBufferEvent::CONNECTED]);

// allow_ssl_dirty_shutdown is a setting of SSL bufferevents.
$filter->allow_ssl_dirty_shutdown = true;
var_dump($filter->allow_ssl_dirty_shutdown);
$filter->allow_ssl_dirty_shutdown = false;
var_dump($filter->allow_ssl_dirty_shutdown);

// The underlying bufferevent belongs to its own object: freeing the filter
// leaves it alive (no OPT_CLOSE_ON_FREE), and its socket too.
unset($plain);
$filter->free();
$filter = null;
gc_collect_cycles();

// TLS 1.3 has no renegotiation.
[$s3, $s4] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$sctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key']]);
$server2 = EventBufferEvent::sslSocket($base, $s3, $sctx, EventBufferEvent::SSL_ACCEPTING);
$server2->enable(Event::READ);
$client2 = EventBufferEvent::sslSocket($base, $s4, $cctx, EventBufferEvent::SSL_CONNECTING);
$client2->setCallbacks(null, null, function ($b, $events) use ($base) {
    if ($events & EventBufferEvent::CONNECTED) {
        echo "protocol: ", $b->sslGetProtocol(), "\n";
        // TLS 1.3 has none: NULL and nothing done, as PECL event returns.
        var_dump($b->sslRenegotiate());
        $base->exit();
    }
});
$client2->enable(Event::READ | Event::WRITE);
$base->dispatch();

// A filter over a filter, then the EventBase goes first: every SSL
// bufferevent becomes freed, nothing leaks, nothing crashes.
$p = new EventBufferEvent($base);
$f1 = EventBufferEvent::createSslFilter($p, $cctx, EventBufferEvent::SSL_CONNECTING, EventBufferEvent::OPT_CLOSE_ON_FREE);
$f2 = EventBufferEvent::createSslFilter($f1, $cctx, EventBufferEvent::SSL_CONNECTING);
$base->free();
foreach (['server' => $server, 'client2' => $client2, 'p' => $p, 'f1' => $f1, 'f2' => $f2] as $name => $obj) {
    attempt($name, fn() => $obj->sslGetProtocol());
}
$f2->free();
echo "done\n";
?>
--EXPECTF--
Deprecated: EventSslContext::__construct(): TLSv12_SERVER_METHOD is deprecated, use TLS_SERVER_METHOD instead in %s on line %d

Warning: EventBufferEvent::sslSocket(): Invalid state specified in %s on line %d
bad state: no error
bad options: no error
bad socket: Exception: Invalid file descriptor
negative fd: Exception: Invalid file descriptor

Warning: EventBufferEvent::createSslFilter(): Invalid state specified in %s on line %d
filter bad state: no error

Warning: EventBufferEvent::createSslFilter(): Buffer Event is not initialized in %s on line 27
filter over freed: no error
freed base: EventException: EventBase object has been freed or was not initialised
bool(true)
bool(true)
bool(true)
NULL
reply 0: BEFORE
protocol: TLSv1.2
reply 1: AFTER RENEGOTIATION
bool(true)
bool(true)
bool(false)
protocol: TLSv1.3
NULL

Warning: EventBufferEvent::sslGetProtocol(): Buffer Event is not initialized in %s on line %d
server: no error

Warning: EventBufferEvent::sslGetProtocol(): Buffer Event is not initialized in %s on line %d
client2: no error

Warning: EventBufferEvent::sslGetProtocol(): Buffer Event is not initialized in %s on line %d
p: no error

Warning: EventBufferEvent::sslGetProtocol(): Buffer Event is not initialized in %s on line %d
f1: no error

Warning: EventBufferEvent::sslGetProtocol(): Buffer Event is not initialized in %s on line %d
f2: no error
done
