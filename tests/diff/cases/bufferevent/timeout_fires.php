<?php
// A read timeout fires the event callback with READING|TIMEOUT.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x, 0, null, null, function ($bev, $events, $arg) use ($base) {
    echo "event: "; var_dump($events, $arg);
    $base->exit();
});
$bev->setTimeouts(0.05, 0);
$bev->enable(Event::READ);
$t = new Event($base, -1, Event::TIMEOUT, function () use ($base) { echo "guard\n"; $base->exit(); });
$t->add(2);
$base->loop();
t('enabled after', fn() => $bev->getEnabled());
