<?php
// setCallbacks(): which $arg the callbacks get after a call with a value,
// with null, with none and with false.
$b = new EventBase();
[$x, $y] = EventBufferEvent::createPair($b);
$x->enable(Event::READ);
foreach ([[37], [null], [], ['s'], [false], [null], [[1, 2]], []] as $i => $args) {
    $x->setCallbacks(function ($bev, $arg) use ($i) {
        echo "$i: ", json_encode($arg), "\n";
        $bev->getInput()->drain(1024);
    }, null, null, ...$args);
    $y->write('.');
    $b->loop(EventBase::LOOP_NONBLOCK);
}
