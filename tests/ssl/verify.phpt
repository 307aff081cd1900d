--TEST--
SSL bufferevents: peer verification (CA file, self-signed, depth, client certificates) and sslError()
--SKIPIF--
<?php require __DIR__ . '/../ssl_certs.inc'; if ($r = ssl_test_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_certs.inc';
$c = ssl_test_certs();

/* One connection: a server accepting with a PHP stream server (its socket
 * wrapped without OPT_CLOSE_ON_FREE) and an SSL client that sends "ping".
 * Returns what each side saw. */
function run_case(EventSslContext $sctx, EventSslContext $cctx): array
{
    $base = new EventBase();
    $srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
    $port = (int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
    $res = ['client' => [], 'server' => [], 'reply' => '', 'server_got' => ''];
    $finished = 0;
    $finish = function () use (&$finished, $base) {
        if (++$finished == 2) {
            $base->exit();
        }
    };
    $sbev = null;
    $conn = null;
    $accept = new Event($base, $srv, Event::READ, function () use ($srv, $base, $sctx, &$sbev, &$conn, &$res, $finish) {
        $conn = stream_socket_accept($srv, 0);
        $sbev = EventBufferEvent::sslSocket($base, $conn, $sctx, EventBufferEvent::SSL_ACCEPTING);
        $sbev->setCallbacks(function ($b) use (&$res) {
            $d = $b->read(1024);
            $res['server_got'] .= $d;
            $b->write($d);
        }, null, function ($b, $ev) use (&$res, $finish) {
            if ($ev & (EventBufferEvent::ERROR | EventBufferEvent::EOF)) {
                $res['server'][] = ($ev & EventBufferEvent::ERROR) ? 'error' : 'eof';
                while ($e = $b->sslError()) {
                    $res['server'][] = $e;
                }
                $b->free();
                $finish();
            }
        });
        $sbev->enable(Event::READ);
    });
    $accept->add();

    $cbev = EventBufferEvent::sslSocket($base, null, $cctx, EventBufferEvent::SSL_CONNECTING,
        EventBufferEvent::OPT_CLOSE_ON_FREE);
    $cbev->setCallbacks(function ($b) use (&$res, $finish) {
        $res['reply'] .= $b->read(1024);
        if ($res['reply'] === 'ping') {
            $res['client'][] = 'reply';
            $res['protocol'] = $b->sslGetProtocol();
            $b->free();           // the server sees EOF
            $finish();
        }
    }, null, function ($b, $ev) use (&$res, $finish) {
        if ($ev & EventBufferEvent::CONNECTED) {
            $res['client'][] = 'connected';
            $b->write('ping');
        }
        if ($ev & (EventBufferEvent::ERROR | EventBufferEvent::EOF)) {
            $res['client'][] = ($ev & EventBufferEvent::ERROR) ? 'error' : 'eof';
            while ($e = $b->sslError()) {
                $res['client'][] = $e;
            }
            $b->free();
            $finish();
        }
    });
    $cbev->enable(Event::READ | Event::WRITE);
    $cbev->connect("127.0.0.1:$port");

    $t = new Event($base, -1, Event::TIMEOUT, function () use ($base, &$res) {
        $res['timeout'] = true;
        $base->exit();
    });
    $t->add(3);
    $base->dispatch();
    // The server's stream was not given to libevent to close: still open.
    $res['stream_open'] = $conn === null ? null : fstat($conn) !== false;
    return $res;
}

function show(string $name, array $r, string ...$expect_texts)
{
    $client_err = implode(' | ', array_slice($r['client'], 0));
    $server_err = implode(' | ', $r['server']);
    $accepted = $r['reply'] === 'ping';
    echo str_pad($name, 34), $accepted ? 'accepted' : 'rejected',
        isset($r['timeout']) ? ' TIMEOUT' : '',
        $r['stream_open'] === false ? ' stream-closed' : '', "\n";
    foreach ($expect_texts as $t) {
        if (!str_contains($client_err . ' ' . $server_err, $t)) {
            echo "  missing \"$t\" in client [$client_err] server [$server_err]\n";
        }
    }
}

$O = fn(array $o) => $o;
$server = new EventSslContext(EventSslContext::TLS_SERVER_METHOD,
    [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key']]);
$self_server = new EventSslContext(EventSslContext::TLS_SERVER_METHOD,
    [EventSslContext::OPT_LOCAL_CERT => $c['self_cert'], EventSslContext::OPT_LOCAL_PK => $c['self_key']]);
$client = fn(array $o) => new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, $o);

show('verify, right CA', run_case($server, $client([
    EventSslContext::OPT_VERIFY_PEER => true, EventSslContext::OPT_CA_FILE => $c['ca']])));
show('verify, CA in OPT_CA_PATH', run_case($server, $client([
    EventSslContext::OPT_VERIFY_PEER => true, EventSslContext::OPT_CA_PATH => $c['dir']])));
show('verify, other CA', run_case($server, $client([
    EventSslContext::OPT_VERIFY_PEER => true, EventSslContext::OPT_CA_FILE => $c['other_ca']])),
    'error', 'certificate verify failed');
show('verify, no CA given', run_case($server, $client([
    EventSslContext::OPT_VERIFY_PEER => true])), 'certificate verify failed');
show('no verification', run_case($server, $client([])));
// Depth counts the intermediate CAs between the peer and a trusted CA.
$chain_server = new EventSslContext(EventSslContext::TLS_SERVER_METHOD,
    [EventSslContext::OPT_LOCAL_CERT => $c['chain_cert'], EventSslContext::OPT_LOCAL_PK => $c['chain_key']]);
show('chain, default depth', run_case($chain_server, $client([EventSslContext::OPT_VERIFY_PEER => true,
    EventSslContext::OPT_CA_FILE => $c['ca']])));
show('chain, depth 1', run_case($chain_server, $client([EventSslContext::OPT_VERIFY_PEER => true,
    EventSslContext::OPT_CA_FILE => $c['ca'], EventSslContext::OPT_VERIFY_DEPTH => 1])));
show('chain, depth 0', run_case($chain_server, $client([EventSslContext::OPT_VERIFY_PEER => true,
    EventSslContext::OPT_CA_FILE => $c['ca'], EventSslContext::OPT_VERIFY_DEPTH => 0])),
    'certificate verify failed');
show('self-signed, allowed', run_case($self_server, $client([
    EventSslContext::OPT_VERIFY_PEER => true, EventSslContext::OPT_ALLOW_SELF_SIGNED => true])));
show('self-signed, not allowed', run_case($self_server, $client([
    EventSslContext::OPT_VERIFY_PEER => true, EventSslContext::OPT_ALLOW_SELF_SIGNED => false])),
    'certificate verify failed');
show('CA-issued, self-signed allowed', run_case($server, $client([
    EventSslContext::OPT_VERIFY_PEER => true, EventSslContext::OPT_ALLOW_SELF_SIGNED => true])),
    'certificate verify failed');

$strict = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key'],
    EventSslContext::OPT_CA_FILE => $c['ca'], EventSslContext::OPT_VERIFY_PEER => true,
    EventSslContext::OPT_REQUIRE_CLIENT_CERT => true, EventSslContext::OPT_VERIFY_CLIENT_ONCE => true]);
show('client cert required, none', run_case($strict, $client([])), 'peer did not return a certificate');
show('client cert required, given', run_case($strict, $client([
    EventSslContext::OPT_LOCAL_CERT => $c['cli_cert'], EventSslContext::OPT_LOCAL_PK => $c['cli_key']])));
show('client cert required, self-signed', run_case($strict, $client([
    EventSslContext::OPT_LOCAL_CERT => $c['self_cert'], EventSslContext::OPT_LOCAL_PK => $c['self_key']])),
    'certificate verify failed');

// Protocol bounds: a client that only speaks TLS 1.3 and a server capped at
// 1.2. The versioned method alone caps nothing (as in PECL event).
$s12 = new EventSslContext(EventSslContext::TLSv12_SERVER_METHOD,
    [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key']]);
$c13 = $client([]);
var_dump($c13->setMinProtoVersion(0x304));
show('TLSv12 method, TLS 1.3 client', $r = run_case($s12, $c13));
var_dump($r['protocol']);
var_dump($s12->setMaxProtoVersion(EventSslContext::TLS1_2_VERSION));
show('TLS 1.2 server, TLS 1.3 client', run_case($s12, $c13), 'error');
$c12 = $client([]);
var_dump($c12->setMaxProtoVersion(EventSslContext::TLS1_2_VERSION));
show('TLS 1.2 server, TLS 1.2 client', $r = run_case($s12, $c12));
var_dump($r['protocol']);
echo "done\n";
?>
--EXPECTF--
verify, right CA                  accepted
verify, CA in OPT_CA_PATH         accepted
verify, other CA                  rejected
verify, no CA given               rejected
no verification                   accepted
chain, default depth              accepted
chain, depth 1                    accepted
chain, depth 0                    rejected
self-signed, allowed              accepted
self-signed, not allowed          rejected
CA-issued, self-signed allowed    rejected
client cert required, none        rejected
client cert required, given       accepted
client cert required, self-signed rejected

Deprecated: EventSslContext::__construct(): TLSv12_SERVER_METHOD is deprecated, use TLS_SERVER_METHOD instead in %s on line %d
bool(true)
TLSv12 method, TLS 1.3 client     accepted
string(7) "TLSv1.3"
bool(true)
TLS 1.2 server, TLS 1.3 client    rejected
bool(true)
TLS 1.2 server, TLS 1.2 client    accepted
string(7) "TLSv1.2"
done
