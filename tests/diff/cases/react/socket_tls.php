<?php
/* react/socket's TLS (ext/openssl's stream crypto, driven by the loop's
 * read and write streams during the handshake): SecureServer and a
 * verifying Connector, data both ways; a plain client sending garbage to
 * the TLS server (its error event); a TLS client against a plain server that
 * closes at once. The certificate is made here with ext/openssl. */
require __DIR__ . '/_react.inc';
require __DIR__ . '/../_lib.inc';
$dir = case_dir();
$key = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1']);
$csr = openssl_csr_new(['commonName' => '127.0.0.1'], $key);
$cert = openssl_csr_sign($csr, null, $key, 2);
openssl_x509_export_to_file($cert, "$dir/cert.pem");
openssl_pkey_export_to_file($key, "$dir/key.pem");

$loop = react_loop();
$guard = react_guard($loop);
$tcp = new React\Socket\TcpServer('127.0.0.1:0', $loop);
$tls = new React\Socket\SecureServer($tcp, $loop, ['local_cert' => "$dir/cert.pem", 'local_pk' => "$dir/key.pem"]);
$left = 4;
$done = function () use (&$left, $tls, $loop, $guard, &$plain) {
    if (--$left === 0) { $tls->close(); $plain->close(); $loop->cancelTimer($guard); }
};
$tls->on('connection', function ($c) {
    react_log('tls server', 'connection');
    $c->on('data', function ($d) use ($c) { react_log('tls server', "got $d"); $c->write(strrev($d)); });
    $c->on('close', function () { react_log('tls server', 'close'); });
});
$tls->on('error', function ($e) use ($done) {
    react_log('tls server error', get_class($e) . ': ' . preg_replace('/ \(.*\)$/', '', $e->getMessage()));
    $done();
});
$addr = str_replace('tcp://', 'tls://', $tls->getAddress());
$connector = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => false,
    'tls' => ['cafile' => "$dir/cert.pem", 'peer_name' => '127.0.0.1', 'verify_peer' => true]]);
$connector->connect($addr)->then(function ($c) use ($done) {
    react_log('tls client', 'connected');
    $c->on('data', function ($d) use ($c) { react_log('tls client', "got $d"); $c->end(); });
    $c->on('close', function () use ($done) { react_log('tls client', 'close'); $done(); });
    $c->write('secret');
}, function ($e) use ($done) { react_log('tls client', 'rejected ' . $e->getMessage()); $done(); });

$raw = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => false]);
$raw->connect($tcp->getAddress())->then(function ($c) use ($done) {
    $c->write("GET / HTTP/1.0\r\n\r\n");
    $c->on('close', function () use ($done) { react_log('garbage client', 'close'); $done(); });
    $c->on('data', function ($d) { react_log('garbage client', 'got ' . strlen($d) . ' bytes'); });
}, react_failed('garbage client'));

$plain = new React\Socket\TcpServer('127.0.0.1:0', $loop);
$plain->on('connection', function ($c) { $c->close(); });
$connector->connect(str_replace('tcp://', 'tls://', $plain->getAddress()))->then(
    function ($c) use ($done) { react_log('tls to plain', 'connected?'); $c->close(); $done(); },
    function ($e) use ($done) { react_log('tls to plain', 'rejected ' . get_class($e) . ': ' . $e->getMessage()); $done(); });
$loop->run();
react_print_log();
echo "run returned\n";
