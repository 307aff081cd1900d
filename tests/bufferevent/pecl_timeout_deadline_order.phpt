--TEST--
EventBufferEvent::setTimeouts(): negative timeouts and NAN are deadlines already passed, reported earliest first (NAN, then the more negative), as in PECL event
--FILE--
<?php
foreach ([[-1.0, NAN], [NAN, -1.0], [-5.0, -1.0], [-1.0, -5.0], [-0.5, -2.5]] as [$r, $w]) {
    $b = new EventBase();
    $bev = new EventBufferEvent($b, null, 0);
    $got = [];
    $bev->setCallbacks(null, null, function ($bev, $what) use (&$got) {
        $got[] = ($what & EventBufferEvent::READING) ? 'read' : 'write';
    });
    $bev->enable(Event::READ | Event::WRITE);
    $bev->setTimeouts($r, $w);
    $b->loop(EventBase::LOOP_ONCE);
    echo var_export($r, true), ', ', var_export($w, true), ': ', implode(' ', $got), "\n";
}
?>
--EXPECT--
-1.0, NAN: write read
NAN, -1.0: read write
-5.0, -1.0: read write
-1.0, -5.0: write read
-0.5, -2.5: write read
