<?php
/* React\Stream\WritableResourceStream: a write larger than the soft limit
 * returns false (backpressure) and 'drain' follows once the buffer is
 * written; end() flushes and closes; writes after close; a peer that goes
 * away mid-write gives 'error' (EPIPE) and 'close'. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$out = new React\Stream\WritableResourceStream($a, $loop, 1000);
$events = [];
foreach (['drain', 'finish', 'close', 'pipe'] as $ev) {
    $out->on($ev, function () use ($ev, &$events) { $events[] = $ev; });
}
$out->on('error', function ($e) use (&$events) { $events[] = 'error'; });
var_dump($out->write('small'));
var_dump($out->write(str_repeat('x', 3 * 1024 * 1024)));
$reader = new React\Stream\ReadableResourceStream($b, $loop);
$total = 0;
$first = '';
$reader->on('data', function ($d) use (&$total) { $total += strlen($d); });
$reader->on('end', function () use (&$total, &$events, &$first) {
    $first = "reader got $total bytes, events: " . implode(' ', $events) . "\n";
});
$loop->addTimer(0.05, function () use ($out) {
    var_dump($out->end('tail'));
    var_dump($out->isWritable(), $out->write('late'));
});

[$c, $d] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$gone = new React\Stream\WritableResourceStream($c, $loop);
$second = '';
$gone->on('error', function ($e) use (&$second) {
    $second .= 'peer gone: error ' . get_class($e) . ' ' . preg_replace('/\d+ bytes/', 'N bytes', $e->getMessage()) . "\n";
});
$gone->on('close', function () use (&$second) { $second .= "peer gone: close\n"; });
$gone->write(str_repeat('y', 1024 * 1024));
$loop->addTimer(0.1, function () use ($d) { fclose($d); });
$loop->addTimer(0.2, function () use ($loop, $guard) { $loop->cancelTimer($guard); });
$loop->run();
echo $first, $second, "run returned\n";
