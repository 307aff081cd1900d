--TEST--
SSL bufferevents as PECL event: sslSocket() on a number that is not open is made with any options (and never closes that number), sslRenegotiate() is NULL on TLS 1.3
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/../ssl_certs.inc'; if ($r = ssl_test_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_certs.inc';
$c = ssl_test_certs();
$base = new EventBase();
$cctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
// A number far above what this process has open.
foreach ([0, EventBufferEvent::OPT_CLOSE_ON_FREE, EventBufferEvent::OPT_DEFER_CALLBACKS] as $opt) {
    $b = EventBufferEvent::sslSocket($base, 9999, $cctx, EventBufferEvent::SSL_CONNECTING, $opt);
    echo "options $opt: ", get_class($b), ' ', $b->fd, "\n";
}
// Without OPT_CLOSE_ON_FREE the number is not closed when the object goes,
// even once it names a socket of the script's.
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$n = EventUtil::getSocketFd($s);
socket_close($s);
$b = EventBufferEvent::sslSocket($base, $n, $cctx, EventBufferEvent::SSL_CONNECTING, 0);
$s2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(EventUtil::getSocketFd($s2) === $n);
unset($b);
var_dump(socket_get_option($s2, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);

// TLS 1.3: no renegotiation; NULL, and the connection goes on.
$sctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key']]);
[$x, $y] = EventBufferEvent::createPair($base);
$srv = EventBufferEvent::createSslFilter($x, $sctx, EventBufferEvent::SSL_ACCEPTING);
$cli = EventBufferEvent::createSslFilter($y, $cctx, EventBufferEvent::SSL_CONNECTING);
$got = '';
$srv->setCallbacks(function ($bev) use (&$got, $base) { $got .= $bev->read(100); $base->exit(); }, null, null);
$cli->setCallbacks(null, null, function ($bev, $ev) use ($base) {
    if ($ev & EventBufferEvent::CONNECTED) { $base->exit(); }
});
$srv->enable(Event::READ);
$cli->enable(Event::READ | Event::WRITE);
$base->exit(2.0);
$base->loop();
echo $cli->sslGetProtocol(), "\n";
var_dump($cli->sslRenegotiate(), $srv->sslRenegotiate());
$cli->write('after');
$base->exit(2.0);
$base->loop();
var_dump($got, $cli->sslError());
?>
--EXPECTF--
Warning: EventBufferEvent::sslSocket(): Epoll ADD(4) on fd 9999 failed. Old events were 0; read change was 0 (none); write change was 1 (add); close change was 0 (none): Bad file descriptor in %s on line %d
options 0: EventBufferEvent 9999

Warning: EventBufferEvent::sslSocket(): Epoll ADD(4) on fd 9999 failed. Old events were 0; read change was 0 (none); write change was 1 (add); close change was 0 (none): Bad file descriptor in %s on line %d
options 1: EventBufferEvent 9999

Warning: EventBufferEvent::sslSocket(): Epoll ADD(4) on fd 9999 failed. Old events were 0; read change was 0 (none); write change was 1 (add); close change was 0 (none): Bad file descriptor in %s on line %d
options 4: EventBufferEvent 9999

Warning: EventBufferEvent::sslSocket(): Epoll ADD(4) on fd %d failed. Old events were 0; read change was 0 (none); write change was 1 (add); close change was 0 (none): Bad file descriptor in %s on line %d
bool(true)
bool(true)
TLSv1.3
NULL
NULL
string(5) "after"
bool(false)
