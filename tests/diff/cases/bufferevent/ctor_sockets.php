<?php
// The constructor with every kind of socket argument.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$closed = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($closed);
$f = fopen('php://memory', 'r+');
$cf = tmpfile();
fclose($cf);
foreach (['none' => null, 'null' => null, 'stream' => $x, 'socket' => $s, 'int' => (int)$y, '-1' => -1, '-2' => -2,
    'huge' => PHP_INT_MAX, 'string' => 'abc', 'float' => 1.5, 'bool' => true, 'array' => [], 'obj' => new stdClass,
    'memory' => $f, 'closed stream' => $cf, 'closed socket' => $closed] as $k => $v) {
    t($k, function () use ($base, $v, $k) {
        $b = $k === 'none' ? new EventBufferEvent($base) : new EventBufferEvent($base, $v);
        return [$b->fd === null ? 'null' : 'fd', $b->getEnabled(), $b->priority];
    });
}
