<?php
// createPair(): write on one end, read callback on the other with its arguments.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
$b->setCallbacks(function (...$args) {
    echo "read: ", count($args), ' ', get_class($args[0]), ' ', var_export($args[1] ?? 'none', true), "\n";
    var_dump($args[0]->read(100));
}, null, function (...$args) {
    echo "event: "; var_dump(count($args), $args[1] ?? null, $args[2] ?? null);
}, 'ARG');
t('enable', fn() => $b->enable(Event::READ));
t('write', fn() => $a->write('ping'));
$base->loop(EventBase::LOOP_ONCE);
t('getEnabled a', fn() => $a->getEnabled());
t('getEnabled b', fn() => $b->getEnabled());
t('fd', fn() => $a->fd);
t('priority', fn() => $a->priority);
