--TEST--
Event: huge timeouts (ReactPHP's and Revolt's "never") are accepted, never fire and can be cancelled
--FILE--
<?php
$b = new EventBase();
$far = Event::timer($b, function () { echo "far fired\n"; });
$near = Event::timer($b, function () { echo "near fired\n"; });
foreach ([PHP_INT_MAX / 2, (int)(PHP_INT_MAX / 1000) - 1, PHP_INT_MAX, INF, 1e300, NAN, -2.5] as $t) {
    var_dump($far->addTimer($t), $far->pending, $far->delTimer());
}
var_dump($far->addTimer(PHP_INT_MAX / 2), $far->addTimer(INF), $near->addTimer(0.01));
$b->loop(EventBase::LOOP_ONCE);
var_dump($far->pending, $far->delTimer(), $far->pending);
var_dump($b->exit(PHP_INT_MAX / 2), $b->exit(INF), $b->exit(NAN));
$e = new Event($b, -1, Event::TIMEOUT, function () { echo "timeout event\n"; });
var_dump($e->add((int)(PHP_INT_MAX / 1000) - 1), $e->pending(Event::TIMEOUT), $e->del());
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
near fired
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
done
