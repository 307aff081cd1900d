--TEST--
EventBufferEvent::setTimeouts(): read and write timeouts call the event callback with TIMEOUT
--FILE--
<?php
$base = new EventBase();
$base->exit(3.0);

// Read timeout: nothing ever arrives.
[$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$events = [];
$start = microtime(true);
$r = new EventBufferEvent($base, $s1, 0, null, null, function ($bev, $what) use (&$events, $base, $start) {
    $events[] = $what;
    printf("read side: %s after at least 0.1s: %s\n",
        $what === (EventBufferEvent::TIMEOUT | EventBufferEvent::READING) ? "TIMEOUT|READING" : $what,
        microtime(true) - $start >= 0.09 ? "yes" : "no");
    $base->exit();
});
var_dump($r->setTimeouts(0.1, 0));
$r->enable(Event::READ);
$base->loop();
// libevent disables reading after a timeout.
var_dump($r->getEnabled() & Event::READ);

// Write timeout: the peer never reads, so the output cannot drain.
[$w1, $w2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$w = new EventBufferEvent($base, $w1, 0, null, null, function ($bev, $what) use ($base) {
    echo "write side: ", $what === (EventBufferEvent::TIMEOUT | EventBufferEvent::WRITING) ? "TIMEOUT|WRITING" : $what, "\n";
    echo "left to send: ", $bev->getOutput()->length > 0 ? "yes" : "no", "\n";
    $base->exit();
});
var_dump($w->setTimeouts(0, 0.15));
$w->write(str_repeat("x", 8 << 20));
$base->exit(3.0);
$base->loop();

// Zero clears the timeouts; bad values are refused.
var_dump($w->setTimeouts(0, 0));
foreach ([[-1, 0], [0, NAN], [INF, 1]] as [$tr, $tw]) {
    try {
        $w->setTimeouts($tr, $tw);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
$r->free();
$w->free();
?>
--EXPECT--
bool(true)
read side: TIMEOUT|READING after at least 0.1s: yes
int(0)
bool(true)
write side: TIMEOUT|WRITING
left to send: yes
bool(true)
