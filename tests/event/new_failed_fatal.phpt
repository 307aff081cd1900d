--TEST--
Event: an event libevent refuses to create (SIGNAL with READ) is PECL event's fatal error, after libevent's warning
--FILE--
<?php
$b = new EventBase();
try {
    new Event($b, 10, Event::SIGNAL | Event::READ, function () {});
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
echo "not reached\n";
?>
--EXPECTF--
Warning: Event::__construct(): event_assign: EV_SIGNAL is not compatible with EV_READ, EV_WRITE or EV_CLOSED in %s on line 4

Fatal error: Event::__construct(): event_new failed in %s on line 4
