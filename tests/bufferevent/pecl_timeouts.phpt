--TEST--
EventBufferEvent::setTimeouts() accepts every value: huge ones are clamped, negative ones and NAN fire at once
--EXTENSIONS--
event
--FILE--
<?php
$base = new EventBase();
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $x, 0, null, null, function ($b, $events) { echo "event $events\n"; });
foreach ([PHP_INT_MAX / 2, (int)(PHP_INT_MAX / 1000) - 1, 1e300, INF, -INF, NAN, PHP_INT_MAX] as $t) {
    var_dump($bev->setTimeouts($t, $t));
}
$bev->setTimeouts(PHP_INT_MAX / 2, PHP_INT_MAX / 2);
$bev->enable(Event::READ);
$g = new Event($base, -1, Event::TIMEOUT, function () use ($base) { echo "guard\n"; $base->exit(); });
$g->add(0.05);
$base->loop();
$bev->setTimeouts(-1, 0);
$base->loop(EventBase::LOOP_ONCE);
/* NAN fires at once too, as under PECL event. */
$bev->enable(Event::READ);
$bev->setTimeouts(NAN, 0);
$base->loop(EventBase::LOOP_ONCE);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
guard
event 65
event 65
