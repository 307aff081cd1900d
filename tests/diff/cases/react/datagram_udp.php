<?php
/* react/datagram: UDP sockets on 127.0.0.1 read through addReadStream():
 * a client and a server exchanging datagrams, send() to a closed port, close. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
$factory = new React\Datagram\Factory($loop);
$factory->createServer('127.0.0.1:0')->then(function (React\Datagram\Socket $server) use ($factory, $loop, $guard) {
    $server->on('message', function ($msg, $peer, $srv) {
        react_log('server', "got $msg");
        $srv->send(strtoupper($msg), $peer);
    });
    $server->on('close', function () { react_log('server', 'close'); });
    $factory->createClient($server->getLocalAddress())->then(function (React\Datagram\Socket $client) use ($server, $loop, $guard) {
        $n = 0;
        $client->on('message', function ($msg) use (&$n, $client, $server, $loop, $guard) {
            react_log('client', "got $msg");
            if (++$n === 3) { $client->close(); $server->close(); $loop->cancelTimer($guard); }
        });
        $client->on('close', function () { react_log('client', 'close'); });
        foreach (['one', 'two', 'three'] as $m) { $client->send($m); }
    }, react_failed('client'));
}, react_failed('server'));
$loop->run();
react_print_log();
echo "run returned\n";
