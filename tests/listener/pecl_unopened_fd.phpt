--TEST--
EventListener on a descriptor that is not open: libevent's fcntl warning where PECL event makes it non-blocking (flags other than LEAVE_SOCKETS_BLOCKING), then PECL's exception
--FILE--
<?php
$b = new EventBase();
foreach ([0, EventListener::OPT_LEAVE_SOCKETS_BLOCKING, EventListener::OPT_REUSEABLE, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_LEAVE_SOCKETS_BLOCKING] as $flags) {
    echo "flags=$flags\n";
    try {
        new EventListener($b, function () {}, null, $flags, -1, 9999);
    } catch (Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
flags=0
Exception: Failed to allocate listener
flags=1
Exception: Failed to allocate listener
flags=8
%AWarning: EventListener::__construct(): fcntl(9999, F_GETFL): Bad file descriptor in %s on line %d
Exception: Failed to allocate listener
flags=3
%AWarning: EventListener::__construct(): fcntl(9999, F_GETFL): Bad file descriptor in %s on line %d
Exception: Failed to allocate listener
