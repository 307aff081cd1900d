<?php
require __DIR__ . '/../_lib.inc';
$closedsock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($closedsock);
$f = fopen(__FILE__, 'r');
$cl = fopen('php://memory', 'r'); fclose($cl);
foreach (['closed' => $cl, 'closedsock' => $closedsock, 'file' => $f, 'neg' => -1, 'big' => PHP_INT_MAX, 'str' => '3', 'null' => null, 'zero' => 0, 'nine' => 99999, 'memory' => fopen('php://memory', 'r')] as $k => $v) {
  echo "$k "; $a = 'A'; $p = 'P';
  try { var_dump(EventUtil::getSocketName($v, $a, $p)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
  var_dump($a, $p);
}
t(fn() => EventUtil::getSocketName());
t(fn() => EventUtil::getSocketName(STDIN));
