<?php
// difference: listener-throw-taken-fd
/* A callback that makes a bufferevent on the connection and then throws:
 * PECL event closes the descriptor under the bufferevent. */
require __DIR__ . '/../_lib.inc';
require __DIR__ . '/listener.inc';
$b = new EventBase();
$kept = null;
$l = listen_on($b, function ($l, $fd) use (&$kept, $b) {
    $kept = new EventBufferEvent($b, $fd, EventBufferEvent::OPT_CLOSE_ON_FREE);
    throw new RuntimeException('boom');
}, null, EventListener::OPT_REUSEABLE);
$c = connect_to();
usleep(20000);
t(fn() => $b->loop(EventBase::LOOP_NONBLOCK));
t(fn() => $kept->write("hello"));
t(fn() => $b->loop(EventBase::LOOP_NONBLOCK));
stream_set_blocking($c, false);
usleep(20000);
t(fn() => fread($c, 10));
