--TEST--
Event::setTimer() on an event added for I/O (pending, no timeout) warns "Can't modify pending timer" and returns false, as for a pending timer (documented difference event-set-timer-pending)
--FILE--
<?php
$b = new EventBase();
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$e = new Event($b, $x, Event::READ | Event::PERSIST, function () { echo "read\n"; });
var_dump($e->add());
var_dump($e->setTimer($b, function () { echo "timer\n"; }));
/* Still the I/O event it was. */
fwrite($y, 'x');
$b->loop(EventBase::LOOP_ONCE);
var_dump($e->del(), $e->setTimer($b, function () { echo "timer\n"; }), $e->add(0.001));
$b->loop(EventBase::LOOP_ONCE);
?>
--EXPECTF--
bool(true)

Warning: Event::setTimer(): Can't modify pending timer in %s on line %d
bool(false)
read
bool(true)
bool(true)
bool(true)
timer
