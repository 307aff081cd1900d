<?php
/* ExtEventLoops that go away: dropped with timers and streams still
 * registered (never run), many one after the other, one whose run() was
 * stopped; gc_collect_cycles() runs (an ExtEventLoop is a cycle: its
 * listeners hold it; how many it frees is loop_gc.php). Nothing may fire
 * late, warn or crash; a new loop works. (No signals: libevent lets one base
 * at a time have them.) */
require __DIR__ . '/_react.inc';
function busy_loop(): React\EventLoop\ExtEventLoop {
    $loop = react_loop();
    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    $loop->addTimer(0.001, function () use ($loop) { echo "late timer\n"; });
    $loop->addPeriodicTimer(0.001, function () use ($loop) { echo "late periodic\n"; });
    $loop->addReadStream($a, function () use ($loop) { echo "late read\n"; });
    $loop->addWriteStream($b, function () use ($loop) { echo "late write\n"; });
    $loop->futureTick(function () use ($loop) { echo "late tick\n"; });
    return $loop;
}
$loop = busy_loop();
unset($loop);
gc_collect_cycles();
echo "dropped\n";
for ($i = 0; $i < 50; $i++) { busy_loop(); }
gc_collect_cycles();
echo "50 more dropped\n";

$loop = busy_loop();
$loop->addTimer(0.002, function () use ($loop) { $loop->stop(); });
ob_start();
$loop->run();
$out = ob_get_clean();
$seen = array_unique(explode("\n", trim($out)));
sort($seen);
echo "ran until stop: ", implode(', ', $seen), "\n";
unset($loop);
gc_collect_cycles();
echo "stopped loop dropped\n";
usleep(5000);
$other = react_loop();
$other->addTimer(0.01, function () { echo "a new loop's timer\n"; });
$other->run();
echo "done\n";
