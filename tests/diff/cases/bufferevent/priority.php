<?php
// setPriority() and the priority property.
require __DIR__ . '/../buffer/t.inc';
$cfg = new EventConfig();
$base = new EventBase();
$base->priorityInit(3);
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
foreach ([0, 1, 2, 3, -1, 100, PHP_INT_MAX, PHP_INT_MIN] as $p) {
    t("setPriority($p)", fn() => $bev->setPriority($p));
    t('priority', fn() => $bev->priority);
}
[$a] = EventBufferEvent::createPair($base);
t('pair setPriority', fn() => $a->setPriority(1));
t('pair priority', fn() => $a->priority);
t('setPriority str', fn() => $bev->setPriority('x'));
