--TEST--
EventSslContext sessions as PECL event's: a server resumes a returning client's session (TLS 1.2 and 1.3) and renegotiates (sslRenegotiate(), TLS 1.2) whether or not it verifies clients (OpenSSL aborts both without a session id context)
--SKIPIF--
<?php require __DIR__ . '/../ssl_wire.inc'; if ($r = ssl_wire_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
$sess = "{$c['dir']}/session.pem";
$cert = ['-cert', $c['cli_cert'], '-key', $c['cli_key']];
foreach (['no verification' => [], 'VERIFY_PEER' => [EventSslContext::OPT_VERIFY_PEER => true],
          'VERIFY_PEER, REQUIRE' => [EventSslContext::OPT_VERIFY_PEER => true, EventSslContext::OPT_REQUIRE_CLIENT_CERT => true],
         ] as $name => $o) {
    $ctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [EventSslContext::OPT_LOCAL_CERT => $c['cert'],
        EventSslContext::OPT_LOCAL_PK => $c['key'], EventSslContext::OPT_CA_FILE => $c['ca']] + $o);
    $srv = ssl_wire_server($base, $ctx, function ($bev, $data) {
        if ($data === "reneg\n") {
            $bev->sslRenegotiate();
        }
    });
    echo "--- $name\n";
    foreach (['-tls1_2', '-tls1_3'] as $v) {
        @unlink($sess);
        $first = ssl_wire_s_client($base, $srv->port, array_merge([$v, '-sess_out', $sess], $cert));
        $again = ssl_wire_s_client($base, $srv->port, array_merge([$v, '-sess_in', $sess], $cert));
        echo "$v: first ", str_contains($first, 'pong:ping') ? 'answered' : 'refused',
            ", again ", str_contains($again, 'pong:ping') ? 'answered' : 'refused',
            ", ", ssl_wire_lines($again, 'Reused, ') ? 'resumed' : 'not resumed', "\n";
    }
    // The server asks for a new handshake, which the client makes by
    // resuming the session.
    $out = ssl_wire_s_client($base, $srv->port, array_merge(['-tls1_2'], $cert), "reneg\n",
        fn($out) => substr_count($out, ', Finished') >= 4 || str_contains($out, 'alert'));
    echo "renegotiation: ", substr_count($out, ', Finished') >= 4 ? 'done' : 'failed',
        ssl_wire_lines($out, 'alert') ? ', ' . implode(' ', ssl_wire_lines($out, 'alert')) : '', "\n";
    ssl_wire_server_free($srv);
}
?>
--EXPECT--
--- no verification
-tls1_2: first answered, again answered, resumed
-tls1_3: first answered, again answered, resumed
renegotiation: done
--- VERIFY_PEER
-tls1_2: first answered, again answered, resumed
-tls1_3: first answered, again answered, resumed
renegotiation: done
--- VERIFY_PEER, REQUIRE
-tls1_2: first answered, again answered, resumed
-tls1_3: first answered, again answered, resumed
renegotiation: done
