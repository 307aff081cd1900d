<?php
// connect() to a closed port: the event callback gets ERROR.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
$srv = stream_socket_server('tcp://127.0.0.1:0');
$name = stream_socket_get_name($srv, false);
fclose($srv);
$bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null, function ($b, $e, $arg) use ($base) {
    echo "event: "; var_dump($e, $arg, $b->fd === null);
    $base->exit();
}, 'ctx');
t('connect', fn() => $bev->connect($name));
$g = new Event($base, -1, Event::TIMEOUT, fn() => $base->exit());
$g->add(2);
$base->loop();
