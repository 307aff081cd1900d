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
$left->on('data', function ($d) use (&$got) { $got .= $d; });
$left->on('close', function () use (&$got, $loop, $guard) {
    echo "left closed, got: $got\n";
    $loop->cancelTimer($guard);
});
$right->on('end', function () { echo "right end\n"; });
$right->on('close', function () { echo "right close\n"; });
$left->write("hello ");
$loop->addTimer(0.02, function () use ($left, &$got) {
    echo "so far: $got\n";
    $left->pause();
    $left->write("paused ");
});
$loop->addTimer(0.04, function () use ($left, &$got) {
    echo "while paused: $got\n";
    $left->resume();
    $left->write("world");
});
$loop->addTimer(0.06, function () use ($left) { $left->end(); });
$loop->run();
echo "run returned\n";
