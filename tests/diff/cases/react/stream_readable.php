<?php
/* React\Stream\ReadableResourceStream on a socket pair: data events in the
 * chunk size asked for, pause() (no data while paused) and resume(), the
 * peer's end (end, close events), pipe() into a WritableResourceStream. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$in = new React\Stream\ReadableResourceStream($a, $loop, 4);
$chunks = [];
$in->on('data', function ($d) use (&$chunks) { $chunks[] = $d; });
$in->on('end', function () use (&$chunks) { echo "end after ", implode('|', $chunks), "\n"; });
$pending = 2;
$finish = function () use (&$pending, $loop, $guard) { if (--$pending === 0) { $loop->cancelTimer($guard); } };
$in->on('close', function () use ($finish) { echo "close\n"; $finish(); });
$in->on('error', function ($e) { echo "error ", $e->getMessage(), "\n"; });
fwrite($b, 'abcdefghij');
$loop->addTimer(0.02, function () use ($in, $b, &$chunks) {
    echo "before pause: ", implode('|', $chunks), "\n";
    $in->pause();
    fwrite($b, 'klmn');
});
$loop->addTimer(0.04, function () use ($in, $b, &$chunks, $loop) {
    echo "while paused: ", implode('|', $chunks), " readable ", var_export($in->isReadable(), true), "\n";
    $in->resume();
    $loop->addTimer(0.01, function () use ($b) { fclose($b); });
});

// pipe(): everything written into one pair arrives at the other.
[$c, $d] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$e, $f] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$src = new React\Stream\ReadableResourceStream($c, $loop);
$dst = new React\Stream\WritableResourceStream($e, $loop);
$src->pipe($dst);
$sink = new React\Stream\ReadableResourceStream($f, $loop);
$got = '';
$sink->on('data', function ($x) use (&$got) { $got .= $x; });
$piped = '';
$sink->on('close', function () use (&$got, &$piped, $finish) {
    $piped = "piped " . strlen($got) . " bytes, md5 " . md5($got) . "\n";
    $finish();
});
$payload = str_repeat('0123456789abcdef', 20000);
$w = new React\Stream\WritableResourceStream($d, $loop);
$w->end($payload);
$loop->run();
echo "expected md5 ", md5($payload), "\n", $piped;
echo "run returned\n";
