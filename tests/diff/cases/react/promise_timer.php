<?php
/* react/promise-timer on ExtEventLoop: timeout() of a promise settled in
 * time, of one too slow (TimeoutException, the canceller called), of one
 * rejected; resolve() and reject() after a delay; cancelling a timeout's
 * promise (its timer is cancelled: run() returns without waiting). */
require __DIR__ . '/_react.inc';
use function React\Promise\Timer\{timeout, resolve, reject};
$loop = react_loop();
$guard = react_guard($loop);
$slow = function (float $after, $value) use ($loop) {
    return new React\Promise\Promise(function ($ok) use ($loop, $after, $value) {
        $loop->addTimer($after, function () use ($ok, $value) { $ok($value); });
    }, function () { react_log('slow canceller', 'called'); });
};
timeout($slow(0.01, 'fast value'), 0.5, $loop)->then(...react_settled('in time'));
$t = timeout(new React\Promise\Promise(function () {}, function () { react_log('slow canceller', 'called'); }), 0.02, $loop);
$t->then(...react_settled('too slow'));
timeout(React\Promise\reject(new LogicException('no')), 0.5, $loop)->then(...react_settled('rejected'));
resolve(0.01, $loop)->then(...react_settled('resolve()'));
reject(0.01, $loop)->then(...react_settled('reject()'));
$long = resolve(30, $loop);
$long->then(...react_settled('cancelled resolve()'));
$loop->addTimer(0.05, function () use ($long, $loop, $guard) { $long->cancel(); $loop->cancelTimer($guard); });
$loop->run();
react_print_log();
echo "run returned\n";
