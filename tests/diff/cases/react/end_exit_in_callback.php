<?php
/* exit() from a signal listener, the way ReactPHP servers stop on SIGTERM:
 * shutdown functions and destructors still run, other listeners do not, the
 * exit status is the one given; the loop still runs from a shutdown function. */
require __DIR__ . '/_react.inc';
class Resource { public function __destruct() { echo "destructor\n"; } }
$loop = react_loop();
$res = new Resource();
$loop->addTimer(0.001, function () { posix_kill(getmypid(), SIGTERM); });
$loop->addSignal(SIGTERM, function ($sig) use ($res) { echo "SIGTERM, exit(3)\n"; exit(3); });
$loop->addTimer(0.5, function () { echo "never\n"; });
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$loop->addReadStream($a, function () { echo "never read\n"; });
register_shutdown_function(function () use ($loop) {
    echo "shutdown function\n";
    $loop->addTimer(0.001, function () use ($loop) { echo "timer added at shutdown, stop\n"; $loop->stop(); });
    $loop->run();
    echo "run at shutdown returned\n";
});
$loop->run();
echo "not reached\n";
