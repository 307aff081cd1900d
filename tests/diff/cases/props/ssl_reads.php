<?php
// EventSslContext::$local_cert/$local_pk with and without the options.
require __DIR__ . '/p.inc';
require __DIR__ . '/../../../ssl_certs.inc';
$d = ssl_test_certs();
$c = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $d['cert'], EventSslContext::OPT_LOCAL_PK => $d['key']]);
ob_start(fn($s) => str_replace(dirname($d['cert']), 'DIR', $s));
reads($c, 'local_cert'); reads($c, 'local_pk');
listings($c);
echo serialize($c), "\n";
$n = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
reads($n, 'local_cert');
@$n->extra = 1;
listings($n);
ob_end_flush();
