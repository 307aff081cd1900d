--TEST--
EventSslContext options as PECL event: unknown keys, missing or bad files, bad ciphers and odd types warn and the context is still made (and serves TLS as far as its options allow); OPT_NO_TLSv1* set a minimum version with PECL's notice
--SKIPIF--
<?php require __DIR__ . '/../ssl_certs.inc'; if ($r = ssl_test_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_certs.inc';
$c = ssl_test_certs();
$S = EventSslContext::TLS_SERVER_METHOD;
$cases = [
    'unknown key' => [99 => 1, 0 => 1, -1 => 1],
    'string key (silent)' => ['cert' => 'x'],
    'cert missing (silent)' => [EventSslContext::OPT_LOCAL_CERT => $c['dir'] . '/nope.crt'],
    'cert nul (silent)' => [EventSslContext::OPT_LOCAL_CERT => "a\0b"],
    'cert empty' => [EventSslContext::OPT_LOCAL_CERT => ''],
    'cert is dir' => [EventSslContext::OPT_LOCAL_CERT => $c['dir']],
    'cert no key' => [EventSslContext::OPT_LOCAL_CERT => $c['cert']],
    'pk missing (silent)' => [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['dir'] . '/nope.key'],
    'pk no cert (silent)' => [EventSslContext::OPT_LOCAL_PK => $c['key']],
    'pk mismatch' => [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['self_key']],
    'ciphers none' => [EventSslContext::OPT_CIPHERS => 'NO-SUCH-CIPHER'],
    'ciphers array' => [EventSslContext::OPT_CIPHERS => []],
    'ca missing' => [EventSslContext::OPT_CA_FILE => $c['dir'] . '/nope'],
    'ca path and dir' => [EventSslContext::OPT_CA_FILE => $c['dir'], EventSslContext::OPT_CA_PATH => $c['dir']],
    'passphrase array' => [EventSslContext::OPT_PASSPHRASE => []],
    'depth odd (silent)' => [EventSslContext::OPT_VERIFY_DEPTH => 'abc', EventSslContext::OPT_VERIFY_PEER => []],
    'no sslv2/v3' => [EventSslContext::OPT_NO_SSLv2 => true, EventSslContext::OPT_NO_SSLv3 => false],
    'no tls1' => [EventSslContext::OPT_NO_TLSv1 => true, EventSslContext::OPT_NO_TLSv1_1 => true, EventSslContext::OPT_NO_TLSv1_2 => false],
    'in order' => [EventSslContext::OPT_CIPHERS => 'NOPE', 77 => 1, EventSslContext::OPT_NO_TLSv1_2 => 1],
];
foreach ($cases as $name => $opts) {
    echo "--- $name\n";
    $ctx = new EventSslContext($S, $opts);
    echo get_class($ctx), ' ', var_export($ctx->local_cert, true), ' ', var_export($ctx->local_pk, true), "\n";
}

// A context with warnings still serves: a TLS handshake over a socket pair.
function handshake(EventSslContext $sctx, EventSslContext $cctx): string
{
    $base = new EventBase();
    [$a, $b] = EventBufferEvent::createPair($base);
    $srv = EventBufferEvent::createSslFilter($a, $sctx, EventBufferEvent::SSL_ACCEPTING);
    $cli = EventBufferEvent::createSslFilter($b, $cctx, EventBufferEvent::SSL_CONNECTING);
    $got = '';
    $srv->setCallbacks(function ($bev) use (&$got, $base) { $got .= $bev->read(100); $base->exit(); }, null,
        function ($bev, $ev) use ($base) { if ($ev & (EventBufferEvent::EOF | EventBufferEvent::ERROR)) $base->exit(); });
    $cli->setCallbacks(null, null, function ($bev, $ev) use ($base) {
        if ($ev & EventBufferEvent::CONNECTED) { $bev->write('ping'); }
        if ($ev & (EventBufferEvent::EOF | EventBufferEvent::ERROR)) { $base->exit(); }
    });
    $srv->enable(Event::READ);
    $cli->enable(Event::READ | Event::WRITE);
    $base->exit(2.0);
    $base->loop();
    return $got === '' ? 'no data' : $got;
}
$sctx = new EventSslContext($S, [
    EventSslContext::OPT_CIPHERS => 'NO-SUCH-CIPHER',  // warns, OpenSSL's default list stays
    99 => true,
    EventSslContext::OPT_LOCAL_CERT => $c['cert'],
    EventSslContext::OPT_LOCAL_PK => $c['key'],
]);
$cctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [EventSslContext::OPT_CA_FILE => $c['dir'] . '/nope']);
echo handshake($sctx, $cctx), "\n";
// A server context whose certificate did not load has none to offer.
$nocert = new EventSslContext($S, [EventSslContext::OPT_LOCAL_CERT => $c['dir'] . '/nope.crt']);
echo handshake($nocert, new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [])), "\n";
?>
--EXPECTF--
--- unknown key

Warning: EventSslContext::__construct(): Unknown option 99 in %s on line %d

Warning: EventSslContext::__construct(): Unknown option 0 in %s on line %d

Warning: EventSslContext::__construct(): Unknown option -1 in %s on line %d
EventSslContext NULL NULL
--- string key (silent)
EventSslContext NULL NULL
--- cert missing (silent)
EventSslContext '%s/nope.crt' NULL
--- cert nul (silent)
EventSslContext 'a' . "\0" . 'b' NULL
--- cert empty

Warning: EventSslContext::__construct(): SSL_CTX_use_certificate_chain_file failed, file: `' in %s on line %d
EventSslContext '' NULL
--- cert is dir

Warning: EventSslContext::__construct(): SSL_CTX_use_certificate_chain_file failed, file: `%s' in %s on line %d
EventSslContext '%s' NULL
--- cert no key

Warning: EventSslContext::__construct(): Unable to set private key file `%s/srv.crt' in %s on line %d
EventSslContext '%s/srv.crt' NULL
--- pk missing (silent)
EventSslContext '%s/srv.crt' '%s/nope.key'
--- pk no cert (silent)
EventSslContext NULL '%s/srv.key'
--- pk mismatch

Warning: EventSslContext::__construct(): Unable to set private key file `%s/self.key' in %s on line %d
EventSslContext '%s/srv.crt' '%s/self.key'
--- ciphers none

Warning: EventSslContext::__construct(): Failed setting cipher list: `NO-SUCH-CIPHER' in %s on line %d
EventSslContext NULL NULL
--- ciphers array

Warning: Array to string conversion in %s on line %d

Warning: EventSslContext::__construct(): Failed setting cipher list: `Array' in %s on line %d
EventSslContext NULL NULL
--- ca missing

Warning: EventSslContext::__construct(): Unable to set verify locations `%s/nope' `(null)' in %s on line %d
EventSslContext NULL NULL
--- ca path and dir

Warning: EventSslContext::__construct(): Unable to set verify locations `%s' `%s' in %s on line %d
EventSslContext NULL NULL
--- passphrase array

Warning: Array to string conversion in %s on line %d
EventSslContext NULL NULL
--- depth odd (silent)
EventSslContext NULL NULL
--- no sslv2/v3

Warning: EventSslContext::__construct(): Unknown option 10 in %s on line %d

Warning: EventSslContext::__construct(): Unknown option 11 in %s on line %d
EventSslContext NULL NULL
--- no tls1

Deprecated: EventSslContext::__construct(): OPT_NO_TLSv1 is deprecated, use EventSslContext::setMinProtoVersion instead. Setting minimal protocol version to 769 in %s on line %d

Deprecated: EventSslContext::__construct(): OPT_NO_TLSv1_1 is deprecated, use EventSslContext::setMinProtoVersion instead. Setting minimal protocol version to 770 in %s on line %d

Deprecated: EventSslContext::__construct(): OPT_NO_TLSv1_2 is deprecated, use EventSslContext::setMinProtoVersion instead. Setting minimal protocol version to 0 in %s on line %d
EventSslContext NULL NULL
--- in order

Warning: EventSslContext::__construct(): Failed setting cipher list: `NOPE' in %s on line %d

Warning: EventSslContext::__construct(): Unknown option 77 in %s on line %d

Deprecated: EventSslContext::__construct(): OPT_NO_TLSv1_2 is deprecated, use EventSslContext::setMinProtoVersion instead. Setting minimal protocol version to 771 in %s on line %d
EventSslContext NULL NULL

Warning: EventSslContext::__construct(): Failed setting cipher list: `NO-SUCH-CIPHER' in %s on line %d

Warning: EventSslContext::__construct(): Unknown option 99 in %s on line %d

Warning: EventSslContext::__construct(): Unable to set verify locations `%s/nope' `(null)' in %s on line %d
ping
no data
