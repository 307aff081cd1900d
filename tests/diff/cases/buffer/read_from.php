<?php
// readFrom() streams and descriptors.
require __DIR__ . '/t.inc';
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($y, false);
fwrite($x, 'hello world');
$b = buf();
t('readFrom 0', fn() => $b->readFrom($y, 0));
t('readFrom 5', fn() => $b->readFrom($y, 5));
t('readFrom all', fn() => $b->readFrom($y));
t('readFrom nothing', fn() => $b->readFrom($y));
t('content', fn() => $b->substr(0));
fwrite($x, 'more');
t('readFrom -2', fn() => $b->readFrom($y, -2));
t('readFrom huge', fn() => $b->readFrom($y, PHP_INT_MAX));
t('readFrom bad fd', fn() => $b->readFrom(9999));
t('readFrom -1', fn() => $b->readFrom(-1));
t('readFrom string', fn() => $b->readFrom('x'));
fclose($x);
t('readFrom eof', fn() => $b->readFrom($y));
fclose($y);
t('readFrom closed', fn() => $b->readFrom($y));
t('content', fn() => $b->substr(0));
