<?php
/* react/socket over a Unix domain socket: UnixServer on unix://PATH and
 * UnixConnector (also through Connector), data both ways, addresses, close. */
require __DIR__ . '/_react.inc';
require __DIR__ . '/../_lib.inc';
$loop = react_loop();
$guard = react_guard($loop);
$path = case_dir('evr', 8) . '/s.sock';
$server = new React\Socket\UnixServer('unix://' . $path, $loop);
var_dump($server->getAddress() === 'unix://' . $path);
$server->on('connection', function ($c) {
    // Which client is which shows in the first data.
    $c->once('data', function ($d) use ($c) {
        $who = "server, $d";
        react_log($who, 'remote ' . var_export($c->getRemoteAddress(), true));
        react_log($who, 'local ' . $c->getLocalAddress());
        $c->on('close', function () use ($who) { react_log($who, 'close'); });
        $c->end(strtoupper($d));
    });
});
$done = 0;
$finish = function () use (&$done, $server, $loop, $guard) { if (++$done === 2) { $server->close(); $loop->cancelTimer($guard); } };
$unix = new React\Socket\UnixConnector($loop);
$unix->connect($path)->then(function ($c) use ($finish) {
    react_log('client 1', 'connected, remote ' . $c->getRemoteAddress());
    $c->on('data', function ($d) { react_log('client 1', "got $d"); });
    $c->on('close', function () use ($finish) { react_log('client 1', 'close'); $finish(); });
    $c->write('via unix connector');
}, react_failed('client 1'));
$connector = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => false]);
$connector->connect('unix://' . $path)->then(function ($c) use ($finish) {
    $c->on('data', function ($d) { react_log('client 2', "got $d"); });
    $c->on('close', function () use ($finish) { react_log('client 2', 'close'); $finish(); });
    $c->write('via connector');
}, react_failed('client 2'));
$unix->connect($path . '.missing')->then(...react_settled('missing path'));
$loop->run();
react_print_log();
echo "run returned\n";
