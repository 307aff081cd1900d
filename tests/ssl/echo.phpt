--TEST--
SSL bufferevents: TLS echo server (EventListener + sslSocket accepting), clients by sslSocket and createSslFilter
--SKIPIF--
<?php require __DIR__ . '/../ssl_certs.inc'; if ($r = ssl_test_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_certs.inc';
$c = ssl_test_certs();

$base = new EventBase();
$sctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $c['cert'],
    EventSslContext::OPT_LOCAL_PK => $c['key'],
]);
$cctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [
    EventSslContext::OPT_CA_FILE => $c['ca'],
    EventSslContext::OPT_VERIFY_PEER => true,
]);

$server_conns = [];
$listener = new EventListener($base, function ($l, $fd, $addr, $arg) use ($base, $sctx, &$server_conns) {
    $bev = EventBufferEvent::sslSocket($base, $fd, $sctx, EventBufferEvent::SSL_ACCEPTING,
        EventBufferEvent::OPT_CLOSE_ON_FREE);
    $bev->setCallbacks(function ($bev) {
        // Echo, upper-cased, so the reply is not just the request.
        while (($d = $bev->read(8192)) !== null && $d !== '') {
            $bev->write(strtoupper($d));
        }
    }, null, function ($bev, $events) use (&$server_conns) {
        if ($events & (EventBufferEvent::EOF | EventBufferEvent::ERROR)) {
            unset($server_conns[spl_object_id($bev)]);
            $bev->free();
        }
    });
    $bev->enable(Event::READ);
    $server_conns[spl_object_id($bev)] = $bev;
}, null, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, '127.0.0.1:0');
$listener->getSocketName($addr, $port);

$results = [];
$done = 0;
function client_callbacks(EventBufferEvent $bev, string $name, string $msg, array &$results, int &$done, EventBase $base)
{
    $got = '';
    $bev->setCallbacks(function ($bev) use (&$got, $msg, $name, &$results, &$done, $base) {
        while (($d = $bev->read(8192)) !== null && $d !== '') {
            $got .= $d;
        }
        if (strlen($got) >= strlen($msg)) {
            $results[$name]['reply'] = $got;
            $results[$name]['protocol'] = $bev->sslGetProtocol();
            $results[$name]['cipher'] = $bev->sslGetCipherName();
            $results[$name]['cipher_version'] = $bev->sslGetCipherVersion();
            $results[$name]['cipher_info'] = $bev->sslGetCipherInfo();
            $results[$name]['error'] = $bev->sslError();
            $bev->free();
            if (++$done == 2) {
                $base->exit();
            }
        }
    }, null, function ($bev, $events) use ($msg, $name, &$results) {
        if ($events & EventBufferEvent::CONNECTED) {
            $results[$name]['connected'] = true;
            $bev->write($msg);
        }
        if ($events & (EventBufferEvent::EOF | EventBufferEvent::ERROR)) {
            $results[$name]['unexpected'] = $events;
            while ($e = $bev->sslError()) {
                echo "$name: $e\n";
            }
        }
    });
    $bev->enable(Event::READ | Event::WRITE);
}

// Client 1: an SSL socket bufferevent that connects later.
$b1 = EventBufferEvent::sslSocket($base, null, $cctx, EventBufferEvent::SSL_CONNECTING,
    EventBufferEvent::OPT_CLOSE_ON_FREE);
var_dump($b1->sslGetCipherName());         // no handshake yet
client_callbacks($b1, 'socket', "hello over tls\n", $results, $done, $base);
var_dump($b1->connect("127.0.0.1:$port"));

// Client 2: an SSL filter over a plain socket bufferevent.
$plain = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE);
var_dump($plain->connect("127.0.0.1:$port"));
$b2 = EventBufferEvent::createSslFilter($plain, $cctx, EventBufferEvent::SSL_CONNECTING,
    EventBufferEvent::OPT_CLOSE_ON_FREE);
unset($plain);  // the filter keeps it alive
client_callbacks($b2, 'filter', str_repeat("filtered data ", 5000), $results, $done, $base);

$timeout = new Event($base, -1, Event::TIMEOUT, function () use ($base) {
    echo "timeout\n";
    $base->exit();
});
$timeout->add(5);
$base->dispatch();

foreach (['socket' => "hello over tls\n", 'filter' => str_repeat("filtered data ", 5000)] as $name => $msg) {
    $r = $results[$name];
    echo "$name: connected=", var_export($r['connected'] ?? false, true),
        " reply ok=", var_export($r['reply'] === strtoupper($msg), true),
        " unexpected=", var_export($r['unexpected'] ?? null, true), "\n";
    var_dump(in_array($r['protocol'], ['TLSv1.2', 'TLSv1.3'], true));
    var_dump($r['cipher'] !== '' && str_contains($r['cipher_info'], $r['cipher']));
    var_dump(in_array($r['cipher_version'], ['TLSv1.2', 'TLSv1.3', 'TLSv1.0', 'SSLv3'], true));
    var_dump($r['error']);
}

// Getters on a plain bufferevent: false; renegotiation: an exception.
$plain = new EventBufferEvent($base);
var_dump($plain->sslError(), $plain->sslGetProtocol(), $plain->sslGetCipherName(),
    $plain->sslGetCipherVersion(), $plain->sslGetCipherInfo());
try {
    $plain->sslRenegotiate();
} catch (EventException $e) {
    echo $e->getMessage(), "\n";
}
// A freed one throws.
$b1 = EventBufferEvent::sslSocket($base, null, $cctx, EventBufferEvent::SSL_CONNECTING);
$b1->free();
foreach (['sslError', 'sslGetProtocol', 'sslGetCipherName', 'sslRenegotiate'] as $m) {
    try {
        $b1->$m();
    } catch (EventException $e) {
        echo "$m: ", $e->getMessage(), "\n";
    }
}
echo "done\n";
?>
--EXPECTF--
string(6) "(NONE)"
bool(true)
bool(true)
socket: connected=true reply ok=true unexpected=NULL
bool(true)
bool(true)
bool(true)
bool(false)
filter: connected=true reply ok=true unexpected=NULL
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
EventBufferEvent::sslRenegotiate(): not an SSL buffer event

Warning: EventBufferEvent::sslError(): Buffer Event is not initialized in %s on line 118

Warning: EventBufferEvent::sslGetProtocol(): Buffer Event is not initialized in %s on line 118

Warning: EventBufferEvent::sslGetCipherName(): Buffer Event is not initialized in %s on line 118

Warning: EventBufferEvent::sslRenegotiate(): Buffer Event is not initialized in %s on line 118
done
