<?php
// A timer Event's callback receives the fd PECL passes for "no descriptor".
$base = new EventBase();
$e = Event::timer($base, function ($fd, $what = null, $arg = null) { var_dump($fd, $what, $arg); }, 'x');
var_dump($e->addTimer(0.001));
$base->loop(EventBase::LOOP_ONCE);
