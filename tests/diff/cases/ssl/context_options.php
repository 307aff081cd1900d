<?php
// EventSslContext options that fail or are unknown: the warnings, in the array's order, and the object.
require __DIR__ . '/../../../ssl_certs.inc';
$c = ssl_test_certs();
set_error_handler(function ($no, $str) use ($c) { echo str_replace($c['dir'], 'DIR', $str), "\n"; return true; });
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
    // The temporary folder's name differs between runs.
    echo get_class($ctx), ' ', str_replace($c['dir'], 'DIR', var_export($ctx->local_cert, true) . ' ' . var_export($ctx->local_pk, true)), "\n";
}

