<?php
// setWatermark() with valid and edge values, and its effect on the read callback.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
foreach ([[Event::READ, 0, 0], [Event::WRITE, 1, 10], [Event::READ | Event::WRITE, 5, 2], [0, 1, 1], [Event::READ, -1, 0],
    [Event::READ, 0, -1], [Event::READ, PHP_INT_MAX, PHP_INT_MAX], [-1, 0, 0], [Event::TIMEOUT, 1, 1], [1 << 20, 0, 0]] as $w) {
    t('setWatermark(' . implode(', ', $w) . ')', fn() => $b->setWatermark(...$w));
}
$b->setWatermark(Event::READ, 4, 0);
$b->setCallbacks(function ($bev) { echo "read cb: "; var_dump($bev->input->length); }, null, null);
$b->enable(Event::READ);
$a->write('ab');
$base->loop(EventBase::LOOP_NONBLOCK);
echo "after 2\n";
$a->write('cd');
$base->loop(EventBase::LOOP_NONBLOCK);
echo "after 4\n";
