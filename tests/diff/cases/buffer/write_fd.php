<?php
// write() to streams and descriptors.
require __DIR__ . '/t.inc';
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$b = buf('hello world');
t('write 0', fn() => $b->write($x, 0));
t('write 5', fn() => $b->write($x, 5));
t('write all', fn() => $b->write($x));
t('write empty', fn() => $b->write($x));
t('write empty -1', fn() => $b->write($x, -1));
t('got', fn() => fread($y, 100));
$b->add('again');
t('write -2', fn() => $b->write($x, -2));
t('write huge', fn() => $b->write($x, PHP_INT_MAX));
t('got', fn() => fread($y, 100));
$b->add('fd');
t('write int fd', fn() => $b->write((int)$x));
$b->add('bad');
t('write bad fd', fn() => $b->write(9999));
t('write -1', fn() => $b->write(-1));
t('write string', fn() => $b->write('x'));
t('write null', fn() => $b->write(null));
t('write array', fn() => $b->write([]));
fclose($x);
t('write closed', fn() => $b->write($x));
t('left', fn() => $b->length);
