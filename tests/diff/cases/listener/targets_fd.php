<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$cb = function () {};
$ss = stream_socket_server('tcp://127.0.0.1:0');
$so = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_bind($so, '127.0.0.1', 0); socket_listen($so);
$so2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_bind($so2, '127.0.0.1', 0);
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x);
$e = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); @socket_connect($e, '127.0.0.1', 1);
$f = fopen(__FILE__, 'r');
$m = fopen('php://memory', 'r');
$ss2 = stream_socket_server('tcp://127.0.0.1:0');
foreach (['stream' => $ss, 'sock' => $so, 'unlistened' => $so2, 'closed' => $x, 'failed' => $e, 'file' => $f, 'mem' => $m, 'int' => EventUtil::getSocketFd($ss2), 'neg' => -1, 'null' => null, 'arr' => [], 'float' => 1.5, 'bool' => true, 'obj' => new stdClass, 'bad' => 99999, 'ctx' => stream_context_create()] as $k => $t) {
  echo "$k ";
  t(function () use ($b, $cb, $t) { $l = new EventListener($b, $cb, null, 0, -1, $t); return is_int($l->fd) ? 'ok' : $l->fd; });
}
