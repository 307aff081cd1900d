--TEST--
EventBufferEvent::setTimeouts() with a negative read timeout: the timeout is reported in the next loop step, before the bytes already waiting are read (reading stops), as under PECL event (-0.5: documented difference bevent-timeout-fraction); one that is 0 at microsecond precision (-1e-9) is no timeout, as under PECL
--FILE--
<?php
/* PECL event aborts in libevent for -0.5 (a negative microsecond count);
 * here it behaves as the other negative values. */
foreach ([-1.0, -1.0E+20, -INF, NAN, -0.5, -1.0E-9] as $t) {
    $b = new EventBase();
    [$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
    stream_set_blocking($x, false);
    fwrite($y, 'ping');
    $bev = new EventBufferEvent($b, $x, 0);
    $bev->enable(Event::READ | Event::WRITE);
    $bev->setTimeouts($t, 0);
    $got = [];
    $bev->setCallbacks(function ($bev) use (&$got) { $got[] = 'read'; }, null,
        function ($bev, $events) use (&$got) { $got[] = $events; });
    $g = new Event($b, -1, Event::TIMEOUT, function () use ($b) { $b->stop(); });
    $g->add(0.03);
    $b->loop();
    echo var_export($t, true), ': ', json_encode($got), ', reading ',
        ($bev->getEnabled() & Event::READ) ? 'on' : 'off', ', read() ', var_export($bev->read(10), true), "\n";
}
?>
--EXPECT--
-1.0: [65], reading off, read() NULL
-1.0E+20: [65], reading off, read() NULL
-INF: [65], reading off, read() NULL
NAN: [65], reading off, read() NULL
-0.5: [65], reading off, read() NULL
-1.0E-9: ["read"], reading on, read() 'ping'
