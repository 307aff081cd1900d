<?php
/* React\Stream\DuplexResourceStream both ways on one socket pair: an echo
 * peer, pause()/resume() of the duplex stream, end() from one side closing
 * the other, a ThroughStream in between. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$left = new React\Stream\DuplexResourceStream($a, $loop);
$right = new React\Stream\DuplexResourceStream($b, $loop);
$upper = new React\Stream\ThroughStream('strtoupper');
$right->pipe($upper)->pipe($right);    // echoes in upper case
$got = '';
$stage = 0;
/* Each step waits for the echo it needs, not for a fixed time: a loaded
 * machine may take longer than a few milliseconds to echo. */
$left->on('data', function ($d) use (&$got, &$stage, $left, $loop) {
    $got .= $d;
    if ($stage === 0 && $got === 'HELLO ') {
        $stage = 1;
        echo "so far: $got\n";
        $left->pause();
        $left->write("paused ");
        /* Nothing arrives while paused, however long that lasts. */
        $loop->addTimer(0.05, function () use ($left, &$got, &$stage) {
            echo "while paused: $got\n";
            $stage = 2;
            $left->resume();
            $left->write("world");
        });
    } elseif ($stage === 2 && str_ends_with($got, 'WORLD')) {
        $stage = 3;
        $left->end();
    }
});
$left->on('close', function () use (&$got, $loop, $guard) {
    echo "left closed, got: $got\n";
    $loop->cancelTimer($guard);
});
$right->on('end', function () { echo "right end\n"; });
$right->on('close', function () { echo "right close\n"; });
$left->write("hello ");
$loop->run();
echo "run returned\n";
