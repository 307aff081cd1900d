<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$e = Event::signal($b, SIGUSR1, function (...$args) use ($b) { echo "sig "; var_dump($args); $b->stop(); }, 'data');
t(function () use ($e) { return $e->addSignal(2); });
posix_kill(posix_getpid(), SIGUSR1);
t(function () use ($b) { return $b->loop(); });
t(function () use ($e) { return $e->delSignal(); });
t(function () use ($e) { return $e->addSignal(-1); });
t(function () use ($e) { return $e->delSignal(); });
