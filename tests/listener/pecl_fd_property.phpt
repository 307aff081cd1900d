--TEST--
EventListener::$fd as in PECL event: computed on read, listed everywhere, unset() leaves reads alone, NULL (and still listed) once freed, assigning it is the fatal "Cannot write property"
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBase();
$l = new EventListener($b, function () {}, null, 0, -1, '127.0.0.1:0');
var_dump(is_int($l->fd), isset($l->fd), empty($l->fd));
var_dump(array_keys(get_object_vars($l)));
ob_start(); var_dump($l); $d = ob_get_clean(); echo preg_replace('/int\(\d+\)/', 'int(N)', $d);
print_r((array)$l === get_object_vars($l));
echo "\n";
unset($l->fd);
var_dump(is_int($l->fd));
$l->free();
var_dump($l->fd, isset($l->fd));
var_dump($l);
try { $l->fd = 5; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo "after\n";
?>
--EXPECTF--
bool(true)
bool(true)
bool(false)
array(1) {
  [0]=>
  string(2) "fd"
}
object(EventListener)#%d (1) {
  ["fd"]=>
  int(N)
}
1
bool(true)
NULL
bool(false)
object(EventListener)#%d (1) {
  ["fd"]=>
  NULL
}

Fatal error: main(): Cannot write property in %s on line %d
