<?php
// An encrypted private key with OPT_PASSPHRASE.
// difference: ssl-passphrase
require __DIR__ . '/../../../ssl_certs.inc';
$d = ssl_test_certs();
$c = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $d['cert'], EventSslContext::OPT_LOCAL_PK => $d['enc_key'],
    EventSslContext::OPT_PASSPHRASE => 'secret']);
echo "made\n";
