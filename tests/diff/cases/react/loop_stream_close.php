<?php
/* A stream closed while the loop watches it: fclose() of a registered
 * stream (no descriptor is opened after it, so its number is not reused),
 * then its removal (the backend is poll); the peer closing (EOF read); a write to a stream whose
 * peer is gone. What the script sees: callbacks, warnings. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$c, $d] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$e, $f] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
foreach ([$a, $c, $e] as $s) { stream_set_blocking($s, false); }
$reads = 0;
// ExtEventLoop asks for FEATURE_FDS (poll): a closed descriptor polls as
// readable, over and over, until it is removed; the listener gets the closed
// stream.
$loop->addReadStream($a, function ($s) use (&$reads) {
    if (!$reads++) { react_log('closed while registered', 'read listener: ' . var_export(is_resource($s), true) . ' ' . get_resource_type($s)); }
});
$loop->addTimer(0.01, function () use ($a) {
    react_log('closed while registered', 'fclose()');
    fclose($a);
});
$loop->addTimer(0.03, function () use ($loop, $a, $b, &$reads) {
    react_log('closed while registered', 'removing it, after reads: ' . var_export($reads > 0, true));
    $loop->removeReadStream($a);
    fclose($b);
});
$loop->addReadStream($c, function ($s) use ($loop) {
    $got = fread($s, 100);
    react_log('peer closed', 'read ' . var_export($got, true) . ' feof ' . var_export(feof($s), true));
    $loop->removeReadStream($s);
    fclose($s);
});
$loop->addTimer(0.005, function () use ($d) { fclose($d); });
$loop->addTimer(0.015, function () use ($loop, $e, $f) {
    fclose($f);
    $loop->addWriteStream($e, function ($s) use ($loop) {
        $n = @fwrite($s, 'x');
        react_log('peer gone', 'write: ' . var_export($n, true));
        $loop->removeWriteStream($s);
    });
});
$loop->addTimer(0.05, function () use ($loop, $guard) { $loop->cancelTimer($guard); });
$loop->run();
react_print_log();
echo "run returned\n";
