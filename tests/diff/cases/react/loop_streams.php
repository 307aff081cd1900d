<?php
/* addReadStream()/addWriteStream() on a socket pair: a second listener for a
 * registered stream is ignored, removal inside the callback, re-adding after
 * removal, removing what is not registered, read and write on one stream. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($a, false);
stream_set_blocking($b, false);
$loop->removeReadStream($a);
$loop->removeWriteStream($b);
$reads = 0;
$loop->addReadStream($a, function ($s) use ($loop, &$reads, $b) {
    $got = fread($s, 100);
    echo "read ", var_export($got, true), "\n";
    if (++$reads === 1) {
        // Removed and added again from its own callback.
        $loop->removeReadStream($s);
        $loop->addReadStream($s, function ($s) use ($loop) {
            echo "re-added read ", var_export(fread($s, 100), true), "\n";
            $loop->removeReadStream($s);
        });
        fwrite($b, 'second');
    }
});
$loop->addReadStream($a, function () { echo "ignored listener\n"; });
$writes = 0;
$loop->addWriteStream($b, function ($s) use ($loop, &$writes) {
    echo "write ", fwrite($s, 'first'), "\n";
    if (++$writes === 1) { $loop->removeWriteStream($s); }
});
// Read and write on one descriptor: both callbacks, in ExtEventLoop's order.
[$c, $d] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($c, false);
fwrite($d, 'ping');
$both = [];
$loop->addReadStream($c, function ($s) use ($loop, &$both) { $both[] = 'r:' . fread($s, 10); $loop->removeReadStream($s); });
$loop->addWriteStream($c, function ($s) use ($loop, &$both) { $both[] = 'w:' . fwrite($s, 'pong'); $loop->removeWriteStream($s); });
$loop->addTimer(0.1, function () use ($loop, $guard, &$both, $d) {
    echo implode(' ', $both), ' peer got ', fread($d, 10), "\n";
    $loop->cancelTimer($guard);
});
$loop->run();
echo "run returned\n";
