<?php
// A handler that throws: what loop() does and what the client gets.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { throw new RuntimeException('boom'); });
$s = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($s, "GET / HTTP/1.0\r\n\r\n");
for ($i = 0; $i < 50; $i++) {
    try { $base->loop(EventBase::LOOP_ONCE | EventBase::LOOP_NONBLOCK); }
    catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; break; }
    usleep(10000);
}
