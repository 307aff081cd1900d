<?php
// connect() with addresses of every form (nothing listens).
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
foreach (['127.0.0.1:1', '127.0.0.1', '[::1]:1', '::1', 'localhost:80', '', 'garbage', '1.2.3.4:99999', 'unix:', 'UNIX:/nonexistent/x',
    'unix:/nonexistent/sock', '127.0.0.1:-1', "127.0.0.1\0:1"] as $addr) {
    t("connect('$addr')", function () use ($base, $addr) {
        $bev = new EventBufferEvent($base, null, 0, null, null, function ($b, $e) { echo "  event $e\n"; });
        return $bev->connect($addr);
    });
}
$base->loop(EventBase::LOOP_NONBLOCK);
