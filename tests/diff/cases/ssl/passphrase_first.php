<?php
// OPT_PASSPHRASE before OPT_LOCAL_CERT in the array: the encrypted key loads (a wrong passphrase warns).
require __DIR__ . '/../../../ssl_certs.inc';
$d = ssl_test_certs();
set_error_handler(function ($no, $str) use ($d) { echo str_replace($d['dir'], 'DIR', $str), "\n"; return true; });
foreach (['secret', 'wrong'] as $p) {
    $c = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [EventSslContext::OPT_PASSPHRASE => $p,
        EventSslContext::OPT_LOCAL_CERT => $d['cert'], EventSslContext::OPT_LOCAL_PK => $d['enc_key']]);
    echo "$p: made\n";
}
