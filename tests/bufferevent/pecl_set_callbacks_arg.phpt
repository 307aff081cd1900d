--TEST--
EventBufferEvent::setCallbacks(): $arg is replaced only by a value; left out or null, the callbacks keep the one given before (as in PECL event)
--FILE--
<?php
$b = new EventBase();
[$x, $y] = EventBufferEvent::createPair($b);
$x->enable(Event::READ);
$step = function (string $name, array $args) use ($b, $x, $y) {
    $x->setCallbacks(function ($bev, $arg) use ($name) {
        echo "$name: ", var_export($arg, true), "\n";
        $bev->getInput()->drain(1024);
    }, null, null, ...$args);
    $y->write('.');
    $b->loop(EventBase::LOOP_NONBLOCK);
};
$step('value', [37]);
$step('null', [null]);
$step('left out', []);
$step('another value', ['s']);
$step('false', [false]);
$step('null again', [null]);
?>
--EXPECT--
value: 37
null: 37
left out: 37
another value: 's'
false: false
null again: false
