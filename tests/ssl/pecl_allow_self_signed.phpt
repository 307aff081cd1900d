--TEST--
EventSslContext::OPT_ALLOW_SELF_SIGNED as PECL event: a verifying client or server takes a peer's self-signed certificate only while no OPT_CA_FILE/OPT_CA_PATH is given (with one, that CA alone decides)
--SKIPIF--
<?php require __DIR__ . '/../ssl_wire.inc'; if ($r = ssl_wire_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
$S = EventSslContext::TLS_SERVER_METHOD;
$self = [EventSslContext::OPT_LOCAL_CERT => $c['self_cert'], EventSslContext::OPT_LOCAL_PK => $c['self_key']];
$issued = [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['key']];
$V = [EventSslContext::OPT_VERIFY_PEER => true];
$A = [EventSslContext::OPT_ALLOW_SELF_SIGNED => true];

echo "client side, the server's certificate self-signed:\n";
$srv = ssl_wire_server($base, new EventSslContext($S, $self));
function client(EventBase $base, stdClass $srv, string $name, array $o): void
{
    $ctx = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, $o);
    printf("  %-34s %s\n", $name, ssl_wire_bev_client($base, $srv->port, $ctx));
}
client($base, $srv, 'VERIFY_PEER', $V);
client($base, $srv, 'VERIFY_PEER, ALLOW', $V + $A);
client($base, $srv, 'VERIFY_PEER, ALLOW, CA_FILE (other)', $V + $A + [EventSslContext::OPT_CA_FILE => $c['ca']]);
client($base, $srv, 'VERIFY_PEER, ALLOW, CA_PATH (other)', $V + $A + [EventSslContext::OPT_CA_PATH => $c['dir']]);
client($base, $srv, 'VERIFY_PEER, ALLOW, CA_FILE (itself)', $V + $A + [EventSslContext::OPT_CA_FILE => $c['self_cert']]);
client($base, $srv, 'VERIFY_PEER, ALLOW false', $V + [EventSslContext::OPT_ALLOW_SELF_SIGNED => false]);
ssl_wire_server_free($srv);
echo "client side, the server's certificate issued by a CA the client lacks:\n";
$srv = ssl_wire_server($base, new EventSslContext($S, $issued));
client($base, $srv, 'VERIFY_PEER, ALLOW', $V + $A);
ssl_wire_server_free($srv);

echo "server side, s_client's certificate self-signed:\n";
foreach (['VERIFY_PEER, ALLOW' => $V + $A, 'VERIFY_PEER, ALLOW, CA_FILE' => $V + $A + [EventSslContext::OPT_CA_FILE => $c['ca']],
          'VERIFY_PEER' => $V] as $name => $o) {
    $srv = ssl_wire_server($base, new EventSslContext($S, $issued + $o));
    $out = ssl_wire_s_client($base, $srv->port, ['-cert', $c['self_cert'], '-key', $c['self_key']]);
    $base->loop(EventBase::LOOP_NONBLOCK);
    printf("  %-34s %s\n", $name, str_contains($out, 'pong:ping') ? 'answered'
        : 'refused: ' . ssl_wire_reason(strtok((string)ssl_wire_last($srv, 'error'), ';')));
    ssl_wire_server_free($srv);
}
?>
--EXPECT--
client side, the server's certificate self-signed:
  VERIFY_PEER                        refused: certificate verify failed
  VERIFY_PEER, ALLOW                 answered
  VERIFY_PEER, ALLOW, CA_FILE (other) refused: certificate verify failed
  VERIFY_PEER, ALLOW, CA_PATH (other) refused: certificate verify failed
  VERIFY_PEER, ALLOW, CA_FILE (itself) answered
  VERIFY_PEER, ALLOW false           refused: certificate verify failed
client side, the server's certificate issued by a CA the client lacks:
  VERIFY_PEER, ALLOW                 refused: certificate verify failed
server side, s_client's certificate self-signed:
  VERIFY_PEER, ALLOW                 answered
  VERIFY_PEER, ALLOW, CA_FILE        refused: certificate verify failed
  VERIFY_PEER                        refused: certificate verify failed
