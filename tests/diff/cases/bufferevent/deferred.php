<?php
// OPT_DEFER_CALLBACKS: the read callback runs from the loop.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base, EventBufferEvent::OPT_DEFER_CALLBACKS);
$b->setCallbacks(function ($bev, $arg) { echo "read "; var_dump($bev->read(10), $arg); }, null, null, 7);
$b->enable(Event::READ);
$a->write('deferred');
echo "before loop\n";
$base->loop(EventBase::LOOP_ONCE);
