<?php
/* TcpServer::pause()/resume(): a client connecting while the server is
 * paused is accepted only after resume(); a paused connection buffers what
 * its peer sends; LimitingServer (the connection limit ReactPHP builds on
 * pause()) with pauseOnLimit. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
$server = new React\Socket\TcpServer('127.0.0.1:0', $loop);
$limited = new React\Socket\LimitingServer($server, 1, true);
$state = 'paused';
$server->pause();
$limited->on('connection', function ($c) use (&$state, $loop) {
    react_log('server', "connection while $state, " . count($GLOBALS['limited']->getConnections()) . ' open');
    $c->pause();
    $loop->addTimer(0.03, function () use ($c) { $c->resume(); });
    $got = '';
    $c->on('data', function ($d) use (&$got, $c) { $got .= $d; if (strlen($got) === 6) { react_log('server', "got $got"); $c->end(); } });
    $c->on('close', function () { react_log('server', 'close'); });
});
$GLOBALS['limited'] = $limited;
$connector = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => false]);
$closed = 0;
foreach ([1, 2] as $i) {
    $connector->connect($server->getAddress())->then(function ($c) use ($i, &$closed, $server, $loop, $guard) {
        react_log("client $i", 'connected (in the backlog)');
        $c->write("data-$i");
        $c->on('close', function () use ($i, &$closed, $server, $loop, $guard) {
            react_log("client $i", 'close');
            if (++$closed === 2) { $server->close(); $loop->cancelTimer($guard); }
        });
    }, react_failed("client $i"));
}
$loop->addTimer(0.05, function () use ($server, &$state) {
    react_log('server', 'resume');
    $state = 'resumed';
    $server->resume();
});
$loop->run();
react_print_log();
echo "run returned\n";
