<?php
// difference: timeout-beyond-int-range
// PECL converts a timeout of 2^63 seconds or more (or INF) to an integer with
// undefined behaviour (on x86-64 it becomes a date in the past, so the timer
// fires at once); here it is clamped and the timer never fires.
$b = new EventBase();
$far = Event::timer($b, function () { echo "far fired\n"; });
$near = Event::timer($b, function () { echo "near fired\n"; });
var_dump($far->addTimer((float)PHP_INT_MAX * 10), $near->addTimer(0.01));
$b->loop(EventBase::LOOP_ONCE);
var_dump($far->pending);
