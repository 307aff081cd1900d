--TEST--
Exceptions thrown in a server handler or a client response callback reach the caller of loop(); the request of a throwing handler stays unanswered, as in PECL event
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setCallback('/throw', function (EventHttpRequest $req) {
    throw new DomainException('from the handler');
});
$http->setDefaultCallback(function (EventHttpRequest $req) {
    $req->sendReply(200, 'OK', http_test_buf('fine'));
});

/* A raw client asks /throw; loop() (dispatch) throws the handler's exception. */
$s = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($s, "GET /throw HTTP/1.1\r\nHost: x\r\n\r\n");
$guard = Event::timer($base, fn() => $base->exit());
$guard->addTimer(3);
try {
    $base->dispatch();
    echo "dispatch returned without exception\n";
} catch (DomainException $e) {
    echo 'caught: ', get_class($e), ' ', $e->getMessage(), "\n";
}
$guard->delTimer();
/* The client got no reply (PECL event's behaviour); the server still works. */
stream_set_blocking($s, false);
$got = '';
http_test_until($base, function () use ($s, &$got) {
    $got .= (string)fread($s, 8192);
    return $got !== '';
}, 0.2);
echo 'client of the throwing handler: ', $got === '' ? 'no reply' : http_test_status($got), "\n";
fclose($s);
echo 'next request: ', http_test_status(http_test_raw($base, $port, "GET /ok HTTP/1.1\r\nHost: x\r\n\r\n")), "\n";

/* loop() with flags too. */
$s = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($s, "GET /throw HTTP/1.1\r\nHost: x\r\n\r\n");
try {
    for ($i = 0; $i < 1000; $i++) {
        $base->loop(EventBase::LOOP_ONCE);
    }
    echo "no exception\n";
} catch (DomainException $e) {
    echo 'caught from loop(LOOP_ONCE): ', $e->getMessage(), "\n";
}
fclose($s);

/* A client response callback that throws. */
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$req = new EventHttpRequest(function (EventHttpRequest $r, $data) {
    throw new LogicException("from the response callback, code " . $r->getResponseCode() . ", data $data");
}, 'D');
$req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/ok');
$guard->addTimer(3);
try {
    $base->dispatch();
    echo "dispatch returned without exception\n";
} catch (LogicException $e) {
    echo 'caught: ', $e->getMessage(), "\n";
}
/* The loop is usable again afterwards. */
$res = http_test_fetch($base, $port, EventHttpRequest::CMD_GET, '/again');
echo "after: {$res['code']} {$res['body']}\n";
?>
--EXPECTF--

Warning: EventBase::dispatch(): Breaking the loop due to exception DomainException in %s on line 19
caught: DomainException from the handler
client of the throwing handler: no reply
next request: 200

Warning: EventBase::loop(): Breaking the loop due to exception DomainException in %s on line 41
caught from loop(LOOP_ONCE): from the handler

Warning: EventBase::dispatch(): Breaking the loop due to exception LogicException in %s on line 58
caught: from the response callback, code 200, data D
after: 200 fine
