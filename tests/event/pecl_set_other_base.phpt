--TEST--
Event::set() with another EventBase moves the event to it and leaves both bases intact (PECL overwrites the given base's event_base and crashes at the end)
--FILE--
<?php
$a = new EventBase();
$b = new EventBase();
$e = new Event($a, -1, Event::TIMEOUT, function () { echo "moved event fired\n"; });
var_dump($e->set($b, null));
$e->add(0);
echo "loop a\n";
$a->loop(EventBase::LOOP_NONBLOCK);
echo "loop b\n";
$b->loop(EventBase::LOOP_NONBLOCK);
$t = new Event($b, -1, Event::TIMEOUT, function () { echo "b's event fired\n"; });
$t->add(0);
echo "loop a\n";
$a->loop(EventBase::LOOP_NONBLOCK);
echo "loop b\n";
$b->loop(EventBase::LOOP_NONBLOCK);
$a->free();
$b->free();
echo "end\n";
?>
--EXPECT--
bool(true)
loop a
loop b
moved event fired
loop a
loop b
b's event fired
end
