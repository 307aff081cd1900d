--TEST--
EventBase: a fatal error in a nested loop's callback unwinds both loops
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown\n"; });
$outer = new EventBase();
$inner = new EventBase();
$o = new Event($outer, -1, Event::TIMEOUT, function () use ($inner) {
	$i = new Event($inner, -1, Event::TIMEOUT, function () {
		echo "inner\n";
		// A compile error is fatal on every PHP (E_USER_ERROR is deprecated in 8.4).
		eval('continue;');
	});
	$i->add(0);
	$inner->loop();
	echo "not reached 1\n";
});
$o->add(0);
$outer->loop();
echo "not reached 2\n";
?>
--EXPECTF--
inner

Fatal error: 'continue' not in the 'loop' or 'switch' context in %s on line %d
shutdown
