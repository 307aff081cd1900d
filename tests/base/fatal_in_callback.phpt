--TEST--
EventBase: a fatal error in a callback reaches PHP after the loop unwound
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown\n"; });
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () {
	echo "callback\n";
	// A compile error is fatal on every PHP (E_USER_ERROR is deprecated in 8.4).
	eval('break;');
	echo "not reached 1\n";
});
$other = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () { echo "never\n"; });
$e->add(0);
$other->add(0.01);
$b->loop();
echo "not reached 2\n";
?>
--EXPECTF--
callback

Fatal error: 'break' not in the 'loop' or 'switch' context in %s on line %d
shutdown
