<?php
// free() from inside the read callback, then using the object.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
$b->setCallbacks(function ($bev) {
    echo "read\n";
    var_dump($bev->read(10));
    $bev->free();
    t('fd in cb', fn() => $bev->fd);
    t('read in cb', fn() => $bev->read(1));
}, null, null);
$b->enable(Event::READ);
$a->write('abc');
$base->loop(EventBase::LOOP_ONCE);
$a->write('def');
$base->loop(EventBase::LOOP_NONBLOCK);
echo "done\n";
