<?php
/* stop() from a timer, a stream callback and a signal listener, run()
 * again after stop(), run() with nothing to do. (A run() from inside a
 * callback spins: ExtEventLoop repeats the refused reentrant loop.) */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$loop->run();
echo "empty run returned\n";
$p = $loop->addPeriodicTimer(0.002, function () use ($loop) { echo "periodic, stop\n"; $loop->stop(); });
$loop->run();
echo "run 1 returned\n";
$loop->run();
echo "run 2 returned\n";
$loop->cancelTimer($p);

[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($a, false);
fwrite($b, 'z');
$loop->addReadStream($a, function ($s) use ($loop) { echo "read ", fread($s, 1), ", stop\n"; $loop->stop(); });
$loop->run();
echo "run 3 returned\n";
$loop->removeReadStream($a);

$loop->addSignal(SIGUSR1, $l = function () use ($loop) { echo "signal, stop\n"; $loop->stop(); });
posix_kill(getmypid(), SIGUSR1);
$loop->run();
echo "run 4 returned\n";
$loop->removeSignal(SIGUSR1, $l);

