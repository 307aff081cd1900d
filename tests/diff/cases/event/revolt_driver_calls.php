<?php
/* Not ReactPHP: the calls Revolt's EventDriver makes: one EventBase, Events made once per
 * callback id and add()ed / del()ed as the callback is enabled / disabled,
 * timers re-added with add(0) and add(PHP_INT_MAX/2), signal events made with
 * the constructor (SIGNAL|PERSIST) and del()/add() around run(), stop(),
 * LOOP_ONCE and LOOP_ONCE|LOOP_NONBLOCK, free() of every Event then of the
 * base in __destruct. */
$base = new EventBase();
$log = [];
$io = function ($fd, $what, $arg) use (&$log) { $log[] = "io $arg what=$what " . (is_resource($fd) ? 'stream' : var_export($fd, true)); };
$timer = function ($fd, $what, $arg) use (&$log) { $log[] = "timer $arg what=$what fd=" . var_export($fd, true); };
$signal = function ($signo, $what, $arg) use (&$log) { $log[] = "signal $arg signo=$signo what=$what"; };
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($a, false);
$ev = [];
$ev['r'] = new Event($base, $a, Event::READ | Event::PERSIST, $io, 'r');
$ev['w'] = new Event($base, $b, Event::WRITE | Event::PERSIST, $io, 'w');
$ev['t0'] = new Event($base, -1, Event::TIMEOUT, $timer, 't0');
$ev['tbig'] = new Event($base, -1, Event::TIMEOUT, $timer, 'tbig');
$ev['s'] = new Event($base, SIGUSR1, Event::SIGNAL | Event::PERSIST, $signal, 's');
var_dump($ev['r']->add(), $ev['w']->add(), $ev['t0']->add(0), $ev['tbig']->add(PHP_INT_MAX / 2), $ev['s']->add());
var_dump($ev['t0']->pending, $ev['tbig']->pending, $ev['s']->pending);
var_dump($base->loop(EventBase::LOOP_ONCE | EventBase::LOOP_NONBLOCK));
echo implode("\n", $log), "\n"; $log = [];
var_dump($ev['w']->del(), $ev['w']->del(), $ev['w']->pending);
fwrite($b, 'data');
var_dump($ev['t0']->add(0.001));
var_dump($base->loop(EventBase::LOOP_ONCE));
fread($a, 100);
var_dump($base->loop(EventBase::LOOP_ONCE));
echo implode("\n", $log), "\n"; $log = [];
// Signals off and on around a run, as EventDriver::run() does.
var_dump($ev['s']->del(), $ev['s']->add());
posix_kill(getmypid(), SIGUSR1);
var_dump($base->loop(EventBase::LOOP_ONCE));
echo implode("\n", $log), "\n"; $log = [];
// stop() from a callback, then more loops.
$stopper = new Event($base, -1, Event::TIMEOUT, function () use ($base, &$log) { $log[] = 'stopper'; var_dump($base->stop()); }, null);
$stopper->add(0);
$ev['t0']->add(0);
var_dump($base->loop(EventBase::LOOP_ONCE));
var_dump($base->gotStop(), $base->gotExit());
var_dump($base->loop(EventBase::LOOP_ONCE | EventBase::LOOP_NONBLOCK));
var_dump($base->gotStop());
echo implode("\n", $log), "\n"; $log = [];
// Disabled then re-enabled, the same Event object.
var_dump($ev['r']->del(), $ev['r']->add(), $ev['r']->add(), $ev['r']->pending);
// Shutdown as in __destruct.
foreach ($ev as $k => $e) { var_dump($e->free()); }
var_dump($ev['r']->pending, $ev['r']->del());
$ev = [];
var_dump($base->free());
echo "end\n";
