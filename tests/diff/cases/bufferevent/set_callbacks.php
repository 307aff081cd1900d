<?php
// setCallbacks(): replacing, clearing, wrong types, keeping $arg.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base, 0);
t('set', fn() => $b->setCallbacks(function ($bev, $arg) { echo "r1 "; var_dump($arg); $bev->read(100); }, null, null, 'first'));
$b->enable(Event::READ);
$a->write('1');
$base->loop(EventBase::LOOP_ONCE);
t('replace no arg', fn() => $b->setCallbacks(function ($bev, $arg) { echo "r2 "; var_dump($arg); $bev->read(100); }, null, null));
$a->write('2');
$base->loop(EventBase::LOOP_ONCE);
t('clear', fn() => $b->setCallbacks(null, null, null));
$a->write('3');
$base->loop(EventBase::LOOP_NONBLOCK);
t('left', fn() => $b->input->length);
t('missing fn', fn() => $b->setCallbacks('no_such_fn', null, null));
t('int', fn() => $b->setCallbacks(1, null, null));
t('two args', fn() => $b->setCallbacks(null, null));
t('string cb', fn() => $b->setCallbacks('strlen', 'strlen', 'strlen', 1));
