--TEST--
EventHttp: a handler that throws leaves its request unanswered, as in PECL event: the exception reaches loop()'s caller, which may answer the request it kept
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$b = new EventBase();
[$http, $port] = http_test_server($b);
$kept = null;
$http->setDefaultCallback(function ($req) use (&$kept) {
    $kept = $req;
    throw new RuntimeException('handler failed');
});
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "GET /one HTTP/1.1\r\nHost: x\r\n\r\n");
stream_set_blocking($c, false);
$t = new Event($b, -1, Event::TIMEOUT, fn () => $b->stop());
$t->add(2);
try {
    @$b->loop();
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
// Nothing was sent for it.
for ($i = 0; $i < 10; $i++) {
    $b->loop(EventBase::LOOP_NONBLOCK);
    usleep(5000);
}
var_dump(fread($c, 100));
// The script answers it now.
$kept->sendReply(200, 'OK', http_test_buf('late answer'));
$got = '';
$deadline = microtime(true) + 2;
while (!str_contains($got, 'late answer') && microtime(true) < $deadline) {
    $b->loop(EventBase::LOOP_NONBLOCK);
    $got .= (string)fread($c, 1000);
    usleep(2000);
}
echo strtok($got, "\r"), "\n", str_contains($got, 'late answer') ? "body arrived\n" : "no body\n";
?>
--EXPECT--
caught: handler failed
string(0) ""
HTTP/1.1 200 OK
body arrived
