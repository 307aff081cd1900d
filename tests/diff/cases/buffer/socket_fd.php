<?php
// write()/readFrom() with ext/sockets Socket objects.
require __DIR__ . '/t.inc';
$p = [];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[1]);
$b = buf('via socket');
t('write', fn() => $b->write($p[0]));
$in = buf();
t('readFrom', fn() => $in->readFrom($p[1]));
t('content', fn() => $in->substr(0));
socket_close($p[0]);
$b->add('x');
t('write closed', fn() => $b->write($p[0]));
