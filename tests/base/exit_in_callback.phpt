--TEST--
EventBase: exit() called by a callback ends the script cleanly
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown\n"; });
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () {
	echo "callback\n";
	exit("bye\n");
});
$other = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () { echo "never\n"; });
$e->add(0);
$other->add(0.01);
$b->loop();
echo "not reached\n";
?>
--EXPECT--
callback
bye
shutdown
