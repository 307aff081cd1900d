<?php
// A handler that throws: what the client gets, and a late answer to the
// request the script kept.
require __DIR__ . '/lib.inc';
$b = new EventBase();
$kept = null;
$http = server($b, $port, function ($req) use (&$kept) { $kept = $req; throw new RuntimeException('handler failed'); });
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "GET /one HTTP/1.1\r\nHost: x\r\n\r\n");
stream_set_blocking($c, false);
$t = new Event($b, -1, Event::TIMEOUT, fn () => $b->stop());
$t->add(2);
try {
    $b->loop();
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
pump($b, fn () => false, 0.05);
var_dump(fread($c, 100));
$buf = new EventBuffer();
$buf->add('late answer');
$kept->sendReply(200, 'OK', $buf);
$got = '';
pump($b, function () use ($c, &$got) { $got .= (string)fread($c, 1000); return str_contains($got, 'late answer'); });
echo strtok($got, "\r"), "\n", str_contains($got, 'late answer') ? "body arrived\n" : "no body\n";
