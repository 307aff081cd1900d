--TEST--
EventSslContext client contexts send PECL event's ClientHello: OpenSSL's SSL_OP_ALL workarounds are on, so it carries the padding extension where OpenSSL pads (read by openssl s_server -trace)
--SKIPIF--
<?php require __DIR__ . '/../ssl_wire.inc'; if ($r = ssl_test_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
$port = ssl_wire_free_port();
$p = proc_open(['openssl', 's_server', '-accept', "127.0.0.1:$port", '-naccept', '1', '-trace',
    '-cert', $c['cert'], '-key', $c['key']], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
// s_server says ACCEPT once it listens.
$out = '';
$deadline = microtime(true) + 3;
while (!str_contains($out, 'ACCEPT') && microtime(true) < $deadline && !feof($pipes[1])) {
    $r = [$pipes[1]];
    $w = $e = null;
    if (stream_select($r, $w, $e, 0, 100000)) {
        $out .= fread($pipes[1], 8192);
    }
}
$ctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
$bev = EventBufferEvent::sslSocket($base, null, $ctx, EventBufferEvent::SSL_CONNECTING, EventBufferEvent::OPT_CLOSE_ON_FREE);
$events = 0;
$bev->setCallbacks(null, null, function ($b, $ev) use (&$events) { $events |= $ev; });
$bev->enable(Event::READ | Event::WRITE);
$bev->connect("127.0.0.1:$port");
ssl_wire_until($base, function () use (&$events) { return $events !== 0; });
echo "connected: ", $events & EventBufferEvent::CONNECTED ? 'yes' : 'no', "\n";
$bev->free();
// The trace of the ClientHello ends where s_server's answer starts.
$deadline = microtime(true) + 3;
while (!str_contains(substr($out, (int)strpos($out, 'ClientHello')), 'Sent Record') && !feof($pipes[1])
        && microtime(true) < $deadline) {
    $r = [$pipes[1]];
    $w = $e = null;
    if (stream_select($r, $w, $e, 0, 100000)) {
        $out .= fread($pipes[1], 65536);
    }
}
fclose($pipes[0]);
fclose($pipes[1]);
proc_terminate($p);
proc_close($p);
$hello = substr($out, strpos($out, 'ClientHello'));
$hello = substr($hello, 0, strpos($hello, 'Sent Record') ?: strlen($hello));
/* OpenSSL pads only a ClientHello that would be 256 to 511 bytes long
 * (RFC 7685's workaround, part of SSL_OP_ALL); one that is longer anyway
 * (OpenSSL 3.5's larger key shares) needs none. */
$at = strpos($hello, 'Length=');
$len = $at === false ? 0 : (int)substr($hello, $at + 7);
$padded = str_contains($hello, 'extension_type=padding');
echo "padding as SSL_OP_ALL asks: ", $padded || $len >= 512 ? 'yes' : "no (ClientHello of $len bytes)", "\n";
?>
--EXPECT--
connected: yes
padding as SSL_OP_ALL asks: yes
