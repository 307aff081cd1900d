<?php
// A huge read timeout is accepted and does not fire.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x, 0, null, null, function ($bev, $events) { echo "event $events\n"; });
t('set', fn() => $bev->setTimeouts(PHP_INT_MAX / 2, (int)(PHP_INT_MAX / 1000) - 1));
$bev->enable(Event::READ | Event::WRITE);
$t = new Event($base, -1, Event::TIMEOUT, function () use ($base) { echo "guard\n"; $base->exit(); });
$t->add(0.05);
$base->loop();
t('unset', fn() => $bev->setTimeouts(0, 0));
