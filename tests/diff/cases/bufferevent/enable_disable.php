<?php
// enable()/disable()/getEnabled() with valid and odd masks.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
foreach ([Event::READ, Event::WRITE, Event::READ | Event::WRITE, 0, Event::TIMEOUT, Event::SIGNAL, -1, 255, PHP_INT_MAX, 1 << 20] as $e) {
    t("enable($e)", fn() => $bev->enable($e));
    t('enabled', fn() => $bev->getEnabled());
    t("disable($e)", fn() => $bev->disable($e));
    t('enabled', fn() => $bev->getEnabled());
}
$none = new EventBufferEvent($base);
t('enable no fd', fn() => $none->enable(Event::READ));
t('enabled no fd', fn() => $none->getEnabled());
t('enable str', fn() => $none->enable('x'));
