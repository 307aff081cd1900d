<?php
// unset(), .= and references on the paths act on the declared slot.
require __DIR__ . '/p.inc';
require __DIR__ . '/../../../ssl_certs.inc';
$d = ssl_test_certs();
$c = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $d['cert'], EventSslContext::OPT_LOCAL_PK => $d['key']]);
show('unset', function () use ($c, $d) { unset($c->local_cert); return [$c->local_cert === $d['cert'], isset($c->local_cert)]; });
show('concat', function () use ($c, $d) { $c->local_pk .= 'x'; return $c->local_pk === $d['key']; });
show('ref', function () use ($c, $d) { $r = &$c->local_pk; $old = $r; $r = 1; return [$old, $c->local_pk === $d['key']]; });
show('vars', fn() => array_keys(get_object_vars($c)));
