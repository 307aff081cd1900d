--TEST--
Event::setPriority(): the low 32 bits of the integer are the priority, as PECL event passes them to libevent
--FILE--
<?php
$b = new EventBase();
$b->priorityInit(4);
$e = new Event($b, -1, Event::TIMEOUT, function () {});
foreach ([3, 4, -1, 2 ** 32, 2 ** 32 + 3, 2 ** 32 + 4, 2 ** 31, -2 ** 32 + 2, PHP_INT_MAX, PHP_INT_MIN, PHP_INT_MIN + 2] as $p) {
    echo $p, ": ";
    var_dump($e->setPriority($p));
}
?>
--EXPECTF--
3: bool(true)
4: 
Warning: Event::setPriority(): Unable to set event priority: 4 in %s on line %d
bool(false)
-1: 
Warning: Event::setPriority(): Unable to set event priority: -1 in %s on line %d
bool(false)
4294967296: bool(true)
4294967299: bool(true)
4294967300: 
Warning: Event::setPriority(): Unable to set event priority: 4294967300 in %s on line %d
bool(false)
2147483648: 
Warning: Event::setPriority(): Unable to set event priority: 2147483648 in %s on line %d
bool(false)
-4294967294: bool(true)
9223372036854775807: 
Warning: Event::setPriority(): Unable to set event priority: 9223372036854775807 in %s on line %d
bool(false)
-9223372036854775808: bool(true)
-9223372036854775806: bool(true)
