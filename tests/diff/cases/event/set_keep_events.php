<?php
// set() with $what omitted or -1 keeps the event's events; a null $fd keeps
// its descriptor, any other $fd leaves it without one (-1).
// (A timeout beyond the run: one of 1 ms races the readable stream in the loop step.)
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($pair[1], "x");
foreach ([null, -1] as $what) {
    foreach (['stream' => $pair[0], 'null' => null, 'int' => EventUtil::getSocketFd($pair[0]), 'minus one' => -1, 'string' => 'abc'] as $kind => $fdv) {
        echo "what=", var_export($what, true), " fd=$kind\n";
        $e = new Event($b, $pair[0], Event::READ | Event::PERSIST, function ($fd, $w, $a) {
            echo "cb ", is_resource($fd) ? 'stream' : var_export($fd, true), " $w $a\n";
        }, "data");
        t(function () use ($e, $b, $fdv, $what) { return $what === null ? $e->set($b, $fdv) : $e->set($b, $fdv, $what); });
        t(function () use ($e) { return [$e->add(5.0), $e->pending(Event::READ), $e->pending(Event::TIMEOUT)]; });
        $b->loop(EventBase::LOOP_ONCE);
        t(function () use ($e) { return $e->pending; });
        $e->free();
    }
}
// A pending event is not modified.
$e = new Event($b, $pair[0], Event::READ, function () {});
$e->add();
t(function () use ($e, $b) { return $e->set($b, null, -1); });
$e->del();
// A timer keeps being a timer.
$t = Event::timer($b, function ($a) { echo "timer ", var_export($a, true), "\n"; }, "t");
t(function () use ($t, $b) { return $t->set($b, null); });
$t->add(0);
$b->loop(EventBase::LOOP_ONCE);
