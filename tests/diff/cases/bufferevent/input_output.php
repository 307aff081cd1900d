<?php
// getInput()/getOutput() buffers: reading and writing through them.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
$out = $a->getOutput();
t('add to output', fn() => $out->add('through buffer'));
t('out len', fn() => $a->output->length);
$base->loop(EventBase::LOOP_NONBLOCK);
t('in len', fn() => $b->input->length);
t('in read', fn() => $b->getInput()->read(7));
t('bev read', fn() => $b->read(100));
t('in pullup', fn() => $b->input->pullup(-1));
var_dump($b->input);
t('freeze input', fn() => $b->input->freeze(false));
