<?php
/* 150 connections at once to one TcpServer (150 read streams and as many
 * write streams on the loop), each echoing its own payload; then clients
 * that go away abruptly: one closing while the server still writes 2 MiB
 * to it, one whose peer is paused when it closes. Counts and payloads. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop, 3.0);
$server = new React\Socket\TcpServer('127.0.0.1:0', $loop);
// (Whether the flood's write fails with EPIPE or fits the socket buffers
// first is the kernel's business: errors are not counted.)
$serverSide = ['connections' => 0, 'closes' => 0];
$server->on('connection', function ($c) use (&$serverSide) {
    $serverSide['connections']++;
    $c->on('data', function ($d) use ($c) {
        if ($d === 'flood') { $c->write(str_repeat('f', 2 << 20)); return; }
        if ($d === 'pause') { $c->pause(); return; }
        $c->write(strrev($d));
    });
    $c->on('close', function () use (&$serverSide) { $serverSide['closes']++; });
});
$connector = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => false]);
$right = 0; $wrong = [];
$left = 152;
$done = function () use (&$left, $server, $loop, $guard) {
    if (--$left === 0) {
        // The server's side of the last connections closes on its next read.
        $loop->addTimer(0.05, function () use ($server, $loop, $guard) { $server->close(); $loop->cancelTimer($guard); });
    }
};
for ($i = 0; $i < 150; $i++) {
    $connector->connect($server->getAddress())->then(function ($c) use ($i, &$right, &$wrong, $done) {
        $msg = "client-$i-" . str_repeat('.', $i * 7);
        $got = '';
        $c->on('data', function ($d) use (&$got, $msg, $c, &$right, &$wrong, $i) {
            $got .= $d;
            if (strlen($got) === strlen($msg)) {
                if ($got === strrev($msg)) { $right++; } else { $wrong[] = $i; }
                $c->end();
            }
        });
        $c->on('close', $done);
        $c->write($msg);
    }, function ($e) use (&$wrong, $i, $done) { $wrong[] = "$i: " . $e->getMessage(); $done(); });
}
$connector->connect($server->getAddress())->then(function ($c) use ($done, $loop) {
    $n = 0;
    $c->on('data', function ($d) use (&$n, $c) { $n += strlen($d); if ($n > 100000) { $c->close(); } });
    $c->on('close', function () use ($done) { react_log('flood client', 'closed mid-transfer'); $done(); });
    $c->write('flood');
}, react_failed('flood client'));
$connector->connect($server->getAddress())->then(function ($c) use ($done, $loop) {
    $c->write('pause');
    $loop->addTimer(0.05, function () use ($c) { $c->write('unread'); $c->close(); });
    $c->on('close', function () use ($done) { react_log('pause client', 'closed'); $done(); });
}, react_failed('pause client'));
$loop->run();
echo "echoed right: $right, wrong: ", json_encode($wrong), "\n";
echo "server: ", json_encode($serverSide), "\n";
react_print_log();
echo "run returned\n";
