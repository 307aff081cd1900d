<?php
// difference: fd-range
// 2^32 + 1 is 1 (stdout) as a C int: PECL acts on that descriptor; here the
// number is refused as PECL refuses a negative one.
require __DIR__ . '/../_lib.inc';
$v = 2 ** 32 + 1;
t(function () use ($v) { return EventUtil::getSocketFd($v); });
t(function () use ($v) { return EventUtil::setSocketOption($v, SOL_SOCKET, SO_REUSEADDR, 1); });
t(function () use ($v) { return EventUtil::getSocketName($v, $a, $p); });
t(function () use ($v) { return (new EventHttp(new EventBase()))->accept($v); });
$b = new EventBase();
t(function () use ($b, $v) { return new Event($b, $v, Event::READ, function () {}); });
t(function () use ($b, $v) { return (new Event($b, 0, Event::READ, function () {}))->set($b, $v, Event::READ); });
t(function () use ($b, $v) { return new EventBufferEvent($b, $v); });
t(function () use ($b, $v) { return new EventListener($b, function () {}, null, 0, 1, $v); });
