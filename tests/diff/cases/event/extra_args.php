<?php
// free()/close() parse no parameters in PECL (extra ones are ignored);
// __sleep()/__wakeup() refuse with EventException whatever they are given.
require __DIR__ . '/../_lib.inc';
$base = new EventBase();
$e = new Event($base, -1, Event::TIMEOUT, function () {});
t(function () use ($e) { return $e->free(1, "two"); });
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $pair[0]);
t(function () use ($bev) { return $bev->close(1); });
t(function () use ($bev) { return $bev->free(1); });
$req = new EventHttpRequest(function () {});
t(function () use ($req) { return $req->free(1); });
foreach ([$base, new EventConfig(), new EventHttp($base), new EventHttpRequest(function () {})] as $o) {
    t(function () use ($o) { return $o->__sleep(1); });
    t(function () use ($o) { return $o->__wakeup(1, 2); });
}
t(function () use ($base) { return $base->getMethod(1); });
