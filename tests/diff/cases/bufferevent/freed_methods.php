<?php
// Every method of a freed EventBufferEvent.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$x] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x);
t('free', fn() => $bev->free());
t('free again', fn() => $bev->free());
t('close', fn() => $bev->close());
t('connect', fn() => $bev->connect('127.0.0.1:1'));
t('getDnsErrorString', fn() => $bev->getDnsErrorString());
t('setCallbacks', fn() => $bev->setCallbacks(null, null, null));
t('enable', fn() => $bev->enable(Event::READ));
t('disable', fn() => $bev->disable(Event::READ));
t('getEnabled', fn() => $bev->getEnabled());
t('getInput', fn() => $bev->getInput());
t('getOutput', fn() => $bev->getOutput());
t('setWatermark', fn() => $bev->setWatermark(Event::READ, 0, 0));
t('write', fn() => $bev->write('x'));
t('writeBuffer', fn() => $bev->writeBuffer(new EventBuffer));
t('read', fn() => $bev->read(1));
t('readBuffer', fn() => $bev->readBuffer(new EventBuffer));
t('setPriority', fn() => $bev->setPriority(0));
t('setTimeouts', fn() => $bev->setTimeouts(1, 1));
t('sslError', fn() => $bev->sslError());
t('sslGetCipherName', fn() => $bev->sslGetCipherName());
t('sslGetCipherInfo', fn() => $bev->sslGetCipherInfo());
t('sslGetCipherVersion', fn() => $bev->sslGetCipherVersion());
t('sslGetProtocol', fn() => $bev->sslGetProtocol());
