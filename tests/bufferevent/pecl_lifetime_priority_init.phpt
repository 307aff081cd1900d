--TEST--
EventBufferEvent dropped: freed at once, its teardown finishes in the next loop step, and until then EventBase::priorityInit() is refused as while any callback is queued (documented difference bevent-lifetime)
--FILE--
<?php
$b = new EventBase();
[$x, $y] = EventBufferEvent::createPair($b, 0);
$y = null;
var_dump($b->priorityInit(65));
$b->loop(EventBase::LOOP_NONBLOCK);
var_dump($b->priorityInit(65));
?>
--EXPECT--
bool(false)
bool(true)
