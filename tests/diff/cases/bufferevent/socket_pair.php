<?php
// A socket bufferevent on a stream pair: read, write, event callbacks.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x, 0, function ($bev, $arg) {
    echo "read: "; var_dump($bev->read(100), $arg);
}, function ($bev, $arg) {
    echo "write: "; var_dump($arg);
}, function ($bev, $events, $arg) {
    echo "event: "; var_dump($events, $arg);
    $bev->getBase ?? null;
}, 'A');
t('enable', fn() => $bev->enable(Event::READ | Event::WRITE));
fwrite($y, 'hello');
t('write', fn() => $bev->write('back'));
$base->loop(EventBase::LOOP_ONCE);
$base->loop(EventBase::LOOP_NONBLOCK);
stream_set_blocking($y, false);
t('got', fn() => fread($y, 100));
fclose($y);
$base->loop(EventBase::LOOP_ONCE);
