<?php
// The family check comes first; 8 passes it.
$base = new EventBase();
$bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE);
foreach ([-1, 1, 3, 8, 12] as $f) {
    echo "family $f: ";
    var_dump($bev->connectHost(null, '127.0.0.1', 1, $f));
}
$bev->free();
echo "freed, family 3: ";
var_dump($bev->connectHost(null, '127.0.0.1', 1, 3));
echo "freed, family 2: ";
var_dump($bev->connectHost(null, '127.0.0.1', 1, 2));
