<?php
require __DIR__ . '/../_lib.inc';
@EventUtil::getSocketName(99999, $a);
t(fn() => EventUtil::getLastSocketErrno());
t(fn() => EventUtil::getLastSocketError());
EventUtil::setSocketOption(STDERR, 1, 2, 1);
t(fn() => EventUtil::getLastSocketErrno());
t(fn() => EventUtil::getLastSocketError(STDOUT));
