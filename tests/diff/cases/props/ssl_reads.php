<?php
// EventSslContext::$local_cert/$local_pk with and without the options.
require __DIR__ . '/p.inc';
$c = ssl_ctx($d);
ob_start(fn($s) => str_replace(dirname($d['cert']), 'DIR', $s));
reads($c, 'local_cert'); reads($c, 'local_pk');
listings($c);
echo serialize($c), "\n";
$n = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
reads($n, 'local_cert');
@$n->extra = 1;
listings($n);
ob_end_flush();
