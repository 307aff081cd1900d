<?php
// Sessions: s_client resumes (TLS 1.2 and 1.3) and the server renegotiates (TLS 1.2), verifying clients or not.
require __DIR__ . '/../../../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
$sess = "{$c['dir']}/sess.pem";
$cert = ['-cert', $c['cli_cert'], '-key', $c['cli_key']];
foreach (['plain' => [], 'peer' => [4 => $c['ca'], 7 => true], 'peer+require+once' => [4 => $c['ca'], 7 => true, 16 => true, 17 => true]] as $name => $o) {
    $srv = ssl_wire_server($base, new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [1 => $c['cert'], 2 => $c['key']] + $o),
        function ($bev, $data) { if ($data === "reneg\n") { var_dump($bev->sslRenegotiate()); } });
    foreach (['-tls1_2', '-tls1_3'] as $v) {
        @unlink($sess);
        ssl_wire_s_client($base, $srv->port, array_merge([$v, '-sess_out', $sess], $cert));
        $again = ssl_wire_s_client($base, $srv->port, array_merge([$v, '-sess_in', $sess], $cert));
        echo "$name $v: ", str_contains($again, 'pong:') ? 'answered' : 'refused', ', ',
            implode(' ', ssl_wire_lines($again, 'Reused, ')), "\n";
    }
    $out = ssl_wire_s_client($base, $srv->port, array_merge(['-tls1_2'], $cert), "reneg\n",
        fn($out) => substr_count($out, ', Finished') >= 4 || str_contains($out, 'alert'));
    echo "$name renegotiation: Finished x", substr_count($out, ', Finished'), ', ',
        implode(' ', ssl_wire_lines($out, 'alert')), "\n";
    ssl_wire_server_free($srv);
}
