--TEST--
EventHttp with a verifying EventSslContext: a client's self-signed certificate is taken with OPT_ALLOW_SELF_SIGNED and refused without it (PECL event crashes on it either way)
--SKIPIF--
<?php require __DIR__ . '/../ssl_wire.inc'; if ($r = ssl_wire_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_wire.inc';
$c = ssl_test_certs();
$base = new EventBase();
$cases = [
    'VERIFY_PEER, ALLOW' => [EventSslContext::OPT_ALLOW_SELF_SIGNED => true],
    'VERIFY_PEER' => [],
    'VERIFY_PEER, ALLOW, CA_FILE' => [EventSslContext::OPT_ALLOW_SELF_SIGNED => true, EventSslContext::OPT_CA_FILE => $c['ca']],
];
$clients = ['self-signed' => ['-cert', $c['self_cert'], '-key', $c['self_key']],
            'CA-issued' => ['-cert', $c['cli_cert'], '-key', $c['cli_key']]];
foreach ($cases as $name => $o) {
    $ctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [EventSslContext::OPT_LOCAL_CERT => $c['cert'],
        EventSslContext::OPT_LOCAL_PK => $c['key'], EventSslContext::OPT_VERIFY_PEER => true] + $o);
    $http = new EventHttp($base, $ctx);
    $http->setDefaultCallback(function (EventHttpRequest $req) {
        $req->sendReply(200, 'OK');
    });
    $port = ssl_wire_free_port();
    $http->bind('127.0.0.1', $port);
    foreach ($clients as $who => $args) {
        $out = ssl_wire_s_client($base, $port, array_merge(['-quiet'], $args), "GET / HTTP/1.0\r\n\r\n",
            fn($out) => str_contains($out, "\r\n\r\n"));
        printf("%-28s %-12s %s\n", $name, $who, str_contains($out, 'HTTP/1.0 200 OK') ? 'answered' : 'refused');
    }
    $http = null;
}
?>
--EXPECT--
VERIFY_PEER, ALLOW           self-signed  answered
VERIFY_PEER, ALLOW           CA-issued    refused
VERIFY_PEER                  self-signed  refused
VERIFY_PEER                  CA-issued    refused
VERIFY_PEER, ALLOW, CA_FILE  self-signed  refused
VERIFY_PEER, ALLOW, CA_FILE  CA-issued    answered
