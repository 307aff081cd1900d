<?php
// EOL styles and readFrom() lengths past the C int range, and readFrom(0)
// on a buffer whose end is frozen.
require __DIR__ . '/../_lib.inc';
$b = new EventBuffer();
$b->add("\r\nab\ncd\0ef\r\n");
foreach ([2 ** 32, 2 ** 32 + 1, 2 ** 32 + 2, 2 ** 32 + 3, 2 ** 32 + 4, 2 ** 32 + 9, -(2 ** 32) + 1] as $style) {
    t(fn() => $b->searchEol(0, $style));
}
t(fn() => $b->readLine(2 ** 32 + EventBuffer::EOL_LF));
t(fn() => $b->readLine(2 ** 33));
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($y, 'ping');
$r = new EventBuffer();
t(fn() => $r->readFrom($x, 0));
t(fn() => $r->freeze(false));
t(fn() => $r->readFrom($x, 0));
t(fn() => $r->readFrom($x, 2 ** 32));
t(fn() => $r->unfreeze(false));
t(fn() => $r->readFrom($x, 2 ** 32 + 2));
t(fn() => $r->read(10));
