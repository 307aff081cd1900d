<?php
// difference: gc-cycles
/* An ExtEventLoop is a reference cycle (its Events' callbacks are closures
 * bound to the loop): dropped, it is freed by gc_collect_cycles() here,
 * with its EventBase and Events (its destructor runs); PECL event shows the
 * collector nothing inside an Event, so the loop is never freed (a leak
 * per loop until the script ends). */
require __DIR__ . '/_react.inc';
class TracedLoop {
    public $loop;
    public function __construct() { $this->loop = react_loop(); }
    public function __destruct() { echo "destructor ran\n"; }
}
$t = new TracedLoop();
$loop = $t->loop;
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$loop->addTimer(10, function () use ($t) {});
$loop->addReadStream($a, function () use ($t) {});
unset($t, $loop);
echo "collected: ", gc_collect_cycles() > 0 ? 'yes' : 'no', "\n";
echo "end of script\n";
