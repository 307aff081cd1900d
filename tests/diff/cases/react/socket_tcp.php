<?php
/* react/socket: a TcpServer on 127.0.0.1:0 and a Connector: connect, data
 * both ways, the addresses' form, the client closing first, then a second
 * connection that the server closes first; the server closed at the end so
 * that run() returns. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
$server = new React\Socket\TcpServer('127.0.0.1:0', $loop);
echo react_clean($server->getAddress()), "\n";
$n = 0;
$server->on('connection', function (React\Socket\ConnectionInterface $c) use (&$n, $server, $loop, $guard) {
    $id = ++$n;
    react_log("server $id", 'connection from ' . preg_replace('/:\d+$/', ':PORT', $c->getRemoteAddress()));
    $c->on('data', function ($d) use ($c, $id) {
        react_log("server $id", "got $d");
        $c->write(strrev($d));
        if ($d === 'close me') { $c->end('bye'); }
    });
    $c->on('end', function () use ($id) { react_log("server $id", 'end'); });
    $c->on('close', function () use ($id, $server, $loop, $guard) {
        react_log("server $id", 'close');
        if ($id === 2) { $server->close(); $loop->cancelTimer($guard); }
    });
});
$server->on('error', function ($e) { echo "server error: ", $e->getMessage(), "\n"; });
$connector = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => false]);
$addr = $server->getAddress();
$connector->connect($addr)->then(function (React\Socket\ConnectionInterface $c) use ($connector, $addr) {
    react_log('client 1', 'connected, local ' . $c->getLocalAddress());
    $c->on('data', function ($d) use ($c) { react_log('client 1', "got $d"); $c->close(); });
    $c->on('close', function () use ($connector, $addr) {
        react_log('client 1', 'close');
        $connector->connect($addr)->then(function ($c) {
            $got = '';   // one or two reads
            $c->on('data', function ($d) use (&$got) { $got .= $d; });
            $c->on('end', function () use (&$got) { react_log('client 2', "got $got"); react_log('client 2', 'end'); });
            $c->on('close', function () { react_log('client 2', 'close'); });
            $c->write('close me');
        }, react_failed('client 2'));
    });
    $c->write('hello');
}, react_failed('client 1'));
$loop->run();
react_print_log();
echo "run returned\n";
