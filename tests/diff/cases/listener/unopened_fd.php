<?php
// A descriptor that is not open: libevent's warning where PECL makes it non-blocking.
$b = new EventBase();
foreach ([0, EventListener::OPT_LEAVE_SOCKETS_BLOCKING, EventListener::OPT_REUSEABLE, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_LEAVE_SOCKETS_BLOCKING] as $flags) {
    echo "flags=$flags\n";
    try {
        new EventListener($b, function () {}, null, $flags, -1, 9999);
    } catch (Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
