<?php
// connect() to a listening server: CONNECTED, then data both ways.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
$srv = stream_socket_server('tcp://127.0.0.1:0');
$name = stream_socket_get_name($srv, false);
$bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE, function ($b, $arg) use ($base) {
    echo "read: "; var_dump($b->read(100), $arg);
    $base->exit();
}, null, function ($b, $e, $arg) use ($srv, &$peer) {
    echo "event: "; var_dump($e, $arg, is_int($b->fd));
    $peer = stream_socket_accept($srv, 1);
    fwrite($peer, 'welcome');
}, 'A');
t('connect', fn() => $bev->connect($name));
$bev->enable(Event::READ);
$g = new Event($base, -1, Event::TIMEOUT, fn() => $base->exit());
$g->add(2);
$base->loop();
t('enabled', fn() => $bev->getEnabled());
