<?php
// OPT_REQUIRE_CLIENT_CERT, OPT_VERIFY_PEER and OPT_CA_FILE on a server: whether s_client and a PHP client get
// an answer with and without a client certificate, the CertificateRequests and their CA names, the server's errors.
require __DIR__ . '/../../../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
$cert = ['-cert', $c['cli_cert'], '-key', $c['cli_key']];
foreach (['peer+require' => [4 => $c['ca'], 7 => true, 16 => true], 'peer' => [4 => $c['ca'], 7 => true],
          'require' => [4 => $c['ca'], 16 => true], 'once' => [4 => $c['ca'], 17 => true],
          'peer+require, no CA' => [7 => true, 16 => true], 'peer+require false' => [4 => $c['ca'], 7 => true, 16 => false],
          'peer "1", require 1.0' => [4 => $c['ca'], 7 => '1', 16 => 1.0]] as $name => $o) {
    $srv = ssl_wire_server($base, new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [1 => $c['cert'], 2 => $c['key']] + $o));
    echo "--- $name\n";
    foreach (['-tls1_2' => [], '-tls1_3' => [], '-tls1_3 cert' => $cert] as $how => $extra) {
        $out = ssl_wire_s_client($base, $srv->port, array_merge([strtok($how, ' ')], $extra));
        echo "$how: ", str_contains($out, 'pong:') ? 'answered' : 'refused', ', requests ',
            ssl_wire_count_received($out, 'CertificateRequest'), ', ',
            implode(' ', ssl_wire_lines($out, 'client certificate CA names')), "\n";
    }
    $r = ssl_wire_php_client($base, $srv->port, []);
    echo "PHP: ", $r['reply'] === "pong:ping\n" ? 'answered' : 'refused', "\n";
    $base->loop(EventBase::LOOP_NONBLOCK);
    foreach ($srv->log as $line) {
        if (str_starts_with($line, 'error ') && !str_contains($line, 'unexpected eof')) {
            echo "server: ", ssl_wire_reason(strtok(substr($line, 6), ';')), "\n";
        }
    }
    ssl_wire_server_free($srv);
}
