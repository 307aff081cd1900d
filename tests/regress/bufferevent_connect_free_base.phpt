--TEST--
Regression (API fuzzer): EventBufferEvent::connectHost()/connect() whose event callback, run before they return, frees the base or the object
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
/* Found by tests/fuzz/api_fuzz.php (normal build, seed 1374). On a socket
 * of the wrong family (here AF_UNIX) the connection fails at once and
 * libevent runs the event callback inside bufferevent_socket_connect*();
 * freeing the EventBase there freed the event_base libevent was still
 * using. The environment makes freed memory garbage at once, so the old bug
 * crashes here. */
foreach (['connectHost', 'connect'] as $how) {
    foreach (['free base', 'free bev', 'drop bev', 'throw'] as $what) {
        $base = new EventBase();
        [$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
        $bev = new EventBufferEvent($base, $s1);
        $events = [];
        $bev->setCallbacks(null, null, function ($b, $ev) use ($base, $what, &$bev, &$events) {
            $events[] = $ev;
            switch ($what) {
                case 'free base': $base->free(); break;
                case 'free bev': $b->free(); break;
                case 'drop bev': $bev = null; break;
                case 'throw': throw new RuntimeException('from the callback');
            }
        });
        try {
            $r = $how === 'connect' ? $bev->connect('127.0.0.1:1') : $bev->connectHost(null, '127.0.0.1', 1, EventUtil::AF_INET);
            $r = var_export($r, true);
        } catch (Throwable $e) {
            $r = get_class($e) . ': ' . $e->getMessage();
        }
        $ok = true;
        try {
            $base->loop(EventBase::LOOP_NONBLOCK);
        } catch (EventException $e) {
            $ok = false;
        }
        printf("%s / %s: %s, events %s, base %s\n", $how, $what, $r,
            $events ? implode(',', array_map(fn($e) => $e & EventBufferEvent::ERROR ? 'ERROR' : $e, $events)) : 'none',
            $ok ? 'usable' : 'freed');
        unset($bev, $base);
    }
}
echo "end\n";
?>
--EXPECT--
connectHost / free base: true, events ERROR, base freed
connectHost / free bev: true, events ERROR, base usable
connectHost / drop bev: true, events ERROR, base usable
connectHost / throw: RuntimeException: from the callback, events ERROR, base usable
connect / free base: false, events none, base usable
connect / free bev: false, events none, base usable
connect / drop bev: false, events none, base usable
connect / throw: false, events none, base usable
end
