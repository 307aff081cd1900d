<?php
require __DIR__ . '/../_lib.inc';
// difference: get-socket-name
$st = stream_socket_server('tcp://127.0.0.1:0');
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_bind($s, '127.0.0.1', 0);
$a = 'A'; $p = 'P';
var_dump(EventUtil::getSocketName($st, $a, $p), $a, is_int($p));
$a = 'A'; $p = 'P';
var_dump(EventUtil::getSocketName($s, $a, $p), $a, is_int($p));
$a = 'A';
var_dump(EventUtil::getSocketName($s, $a), $a);
