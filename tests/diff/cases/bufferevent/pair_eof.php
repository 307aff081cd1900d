<?php
// The event callback on EOF from a freed pair end.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
$b->setCallbacks(null, null, function ($bev, $events, $arg) use ($b) {
    echo "event: "; var_dump($bev === $b, $events, $arg);
}, 'E');
$b->enable(Event::READ);
$a->free();
$base->loop(EventBase::LOOP_ONCE);
t('a fd', fn() => $a->fd);
