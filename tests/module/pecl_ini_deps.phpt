--TEST--
Module: no INI entries, and ext/sockets is a required dependency, as in PECL event
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(ini_get_all('event'));
var_dump((new ReflectionExtension('event'))->getDependencies());
?>
--EXPECT--
array(0) {
}
array(1) {
  ["sockets"]=>
  string(8) "Required"
}
