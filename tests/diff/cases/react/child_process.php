<?php
/* react/child-process on ExtEventLoop: its pipes are streams on the loop and
 * its exit is polled by a periodic timer: stdout of echo, stdin piped to
 * cat, stderr, an exit code, a process terminated by a signal. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
$left = 4;
$done = function () use (&$left, $loop, $guard) { if (--$left === 0) { $loop->cancelTimer($guard); } };
$watch = function (string $name, React\ChildProcess\Process $p) use ($done) {
    $out = '';
    $p->stdout->on('data', function ($d) use (&$out) { $out .= $d; });
    if ($p->stderr) { $p->stderr->on('data', function ($d) use (&$out) { $out .= "[err]$d"; }); }
    $p->on('exit', function ($code, $sig) use ($name, &$out, $done) {
        react_log($name, 'exit ' . var_export($code, true) . ' signal ' . var_export($sig, true) . ' output ' . json_encode($out));
        $done();
    });
};
$echo = new React\ChildProcess\Process('exec echo hello from a child');
$echo->start($loop, 0.01);
$watch('echo', $echo);
$cat = new React\ChildProcess\Process('exec cat');
$cat->start($loop, 0.01);
$watch('cat', $cat);
$cat->stdin->write("line 1\n");
$loop->addTimer(0.02, function () use ($cat) { $cat->stdin->end("line 2\n"); });
$fail = new React\ChildProcess\Process('echo oops >&2; exit 3');
$fail->start($loop, 0.01);
$watch('exit 3', $fail);
$sleep = new React\ChildProcess\Process('exec sleep 5');
$sleep->start($loop, 0.01);
$watch('terminated', $sleep);
$loop->addTimer(0.05, function () use ($sleep) { $sleep->terminate(SIGTERM); });
$loop->run();
react_print_log();
echo "run returned\n";
