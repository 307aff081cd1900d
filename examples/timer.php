<?php
/*
 * Timers: a repeating timer that ticks every 0.2 s and a one-shot timer that
 * stops the loop after one second.
 *
 * Usage: php examples/timer.php
 */
$base = new EventBase();

$ticks = 0;
// Event::timer() makes a one-shot timer; re-adding it from its own callback
// makes it repeat.
$tick = Event::timer($base, function () use (&$tick, &$ticks) {
    $ticks++;
    printf("tick %d\n", $ticks);
    $tick->addTimer(0.2);
});
$tick->addTimer(0.2);

// A persistent timer, the other way to repeat: Event::PERSIST with no fd.
$dots = new Event($base, -1, Event::TIMEOUT | Event::PERSIST, function () {
    echo ".\n";
});
$dots->add(0.3);

$stop = Event::timer($base, function ($arg) use ($base) {
    echo "stopping: $arg\n";
    $base->exit();
}, "one second passed");
$stop->addTimer(1.0);

$base->loop();
printf("the loop returned after %d ticks\n", $ticks);
