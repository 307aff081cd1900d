<?php
// Options libevent refuses end the script, as in PECL event.
$base = new EventBase();
echo "before\n";
new EventBufferEvent($base, null, -1);
echo "not reached\n";
