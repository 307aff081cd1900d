--TEST--
Event: a callable that does not exist yet is taken at construction; it is called once defined, skipped if never
--FILE--
<?php
$b = new EventBase();
$e = Event::timer($b, 'defined_later', 'arg');
$n = new Event($b, -1, Event::TIMEOUT, 'never_defined');
$s = Event::signal($b, SIGUSR2, [new stdClass, 'nope']);
$x = new Event($b, -1, Event::TIMEOUT, 42);
function defined_later($arg) { echo "called: $arg\n"; }
var_dump($e->addTimer(0), $n->add(0), $x->add(0));
var_dump($b->loop(EventBase::LOOP_ONCE));
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
called: arg
bool(true)
done
