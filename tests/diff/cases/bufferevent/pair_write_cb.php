<?php
// The write callback and its arguments, with and without $arg.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
$a->setCallbacks(null, function (...$args) {
    echo "write cb: ", count($args), ' ', get_class($args[0]), "\n";
    var_dump($args[1]);
}, null);
$a->write('x');
$base->loop(EventBase::LOOP_ONCE);
$a->setCallbacks(null, function (...$args) { echo "write cb 2: "; var_dump($args[1]); }, null, ['k' => 1]);
$a->write('y');
$base->loop(EventBase::LOOP_ONCE);
$a->setCallbacks(null, function (...$args) { echo "write cb 3: "; var_dump($args[1]); }, null);
$a->write('z');
$base->loop(EventBase::LOOP_ONCE);
var_dump($b->input->length);
