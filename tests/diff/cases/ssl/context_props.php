<?php
// EventSslContext properties with certificate files.
require __DIR__ . '/../buffer/t.inc';
require __DIR__ . '/../../../ssl_certs.inc';
$d = ssl_test_certs();
$c = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $d['cert'], EventSslContext::OPT_LOCAL_PK => $d['key']]);
t('cert', fn() => $c->local_cert === $d['cert']);
t('pk', fn() => $c->local_pk === $d['key']);
t('isset', fn() => [isset($c->local_cert), isset($c->local_pk), isset($c->nope)]);
t('vars', fn() => array_keys(get_object_vars($c)));
$n = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
var_dump($n);
t('clone', fn() => clone $n);
t('ca file', fn() => get_class(new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [
    EventSslContext::OPT_CA_FILE => $d['ca'], EventSslContext::OPT_VERIFY_PEER => true])));
