--TEST--
SSL bufferevents: 100 TLS clients against one server in one loop
--SKIPIF--
<?php require __DIR__ . '/../ssl_certs.inc'; if ($r = ssl_test_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_certs.inc';
$c = ssl_test_certs();
const N = 100;

$base = new EventBase();
$sctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key']]);
$cctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [
    EventSslContext::OPT_CA_FILE => $c['ca'], EventSslContext::OPT_VERIFY_PEER => true]);

$accepted = 0;
$server_conns = [];
$listener = new EventListener($base, function ($l, $fd) use ($base, $sctx, &$server_conns, &$accepted) {
    $accepted++;
    $bev = EventBufferEvent::sslSocket($base, $fd, $sctx, EventBufferEvent::SSL_ACCEPTING,
        EventBufferEvent::OPT_CLOSE_ON_FREE | EventBufferEvent::OPT_DEFER_CALLBACKS);
    $id = spl_object_id($bev);
    $bev->setCallbacks(function ($bev) {
        while (($d = $bev->read(8192)) !== null && $d !== '') {
            $bev->write(strrev($d));
        }
    }, null, function ($bev, $events) use (&$server_conns, $id) {
        if ($events & (EventBufferEvent::EOF | EventBufferEvent::ERROR)) {
            unset($server_conns[$id]);
            $bev->free();
        }
    });
    $bev->enable(Event::READ);
    $server_conns[$id] = $bev;
}, null, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, 128, '127.0.0.1:0');
$listener->getSocketName($addr, $port);

$ok = 0;
$bad = [];
$clients = [];
$start = microtime(true);
for ($i = 0; $i < N; $i++) {
    $msg = "client $i says " . str_repeat(chr(65 + $i % 26), 10 + $i);
    $bev = EventBufferEvent::sslSocket($base, null, $cctx, EventBufferEvent::SSL_CONNECTING,
        EventBufferEvent::OPT_CLOSE_ON_FREE);
    unset($got);    // a fresh variable for each closure to bind
    $got = '';
    $bev->setCallbacks(function ($bev) use (&$got, $msg, $i, &$ok, &$bad, &$clients, $base) {
        while (($d = $bev->read(8192)) !== null && $d !== '') {
            $got .= $d;
        }
        if (strlen($got) >= strlen($msg)) {
            if ($got === strrev($msg)) {
                $ok++;
            } else {
                $bad[$i] = $got;
            }
            $bev->free();
            unset($clients[$i]);
            if (!$clients) {
                $base->exit();
            }
        }
    }, null, function ($bev, $events) use ($msg, $i, &$bad, &$clients, $base) {
        if ($events & EventBufferEvent::CONNECTED) {
            $bev->write($msg);
        } elseif ($events & (EventBufferEvent::EOF | EventBufferEvent::ERROR)) {
            $bad[$i] = "events $events: " . $bev->sslError();
            $bev->free();
            unset($clients[$i]);
            if (!$clients) {
                $base->exit();
            }
        }
    });
    $bev->enable(Event::READ | Event::WRITE);
    if (!$bev->connect("127.0.0.1:$port")) {
        $bad[$i] = 'connect failed';
        continue;
    }
    $clients[$i] = $bev;
}
$timeout = new Event($base, -1, Event::TIMEOUT, function () use ($base) {
    echo "timeout\n";
    $base->exit();
});
$timeout->add(120);   // a bound for slow runs (valgrind); normally ~1 s
$base->dispatch();

echo "accepted: $accepted, echoed: $ok, failed: ", count($bad), "\n";
foreach (array_slice($bad, 0, 3, true) as $i => $why) {
    echo "client $i: $why\n";
}
// Let the server see the last EOFs, then nothing may be left.
$base->loop(EventBase::LOOP_NONBLOCK);
$t = new Event($base, -1, Event::TIMEOUT, fn() => $base->exit());
$t->add(0.2);
$base->dispatch();
echo "server connections left: ", count($server_conns), "\n";
?>
--EXPECT--
accepted: 100, echoed: 100, failed: 0
server connections left: 0
