<?php
/* A callback that throws loses the connection it was given: closed, and the
 * listener stops accepting until enable(). */
require __DIR__ . '/../_lib.inc';
require __DIR__ . '/listener.inc';
$b = new EventBase();
$l = listen_on($b, function ($l, $fd) { echo "accepted ", gettype($fd), "\n"; throw new RuntimeException('boom'); }, null, EventListener::OPT_REUSEABLE);
$c = connect_to();
$c2 = connect_to();
usleep(20000);
t(fn() => $b->loop(EventBase::LOOP_NONBLOCK));
foreach ([$c, $c2] as $i => $s) {
    $r = [$s]; $w = $x = null;
    $ready = stream_select($r, $w, $x, 0, 200000);
    echo "client $i: ", $ready ? var_export(fread($s, 1), true) . (feof($s) ? ' eof' : '') : 'nothing', "\n";
}
t(fn() => $l->enable());
t(fn() => $b->loop(EventBase::LOOP_NONBLOCK));
