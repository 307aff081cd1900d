--TEST--
EventHttp: a held request with more requests pipelined behind it (parsing waits, reading goes on): the client's FIN or RST is seen within a loop step, the held request is aborted, the ones behind it never run; answering the held one later lets the next ones through in order
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$held = [];
$handled = [];
$closed = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$held, &$handled, &$closed) {
    $handled[] = $req->getUri();
    if ($req->getUri() === '/hold') {
        $req->getConnection()->setCloseCallback(function () use (&$closed) { $closed++; });
        $held[] = $req;
        return;
    }
    $req->sendReply(200, 'OK', http_test_buf('r' . $req->getUri()));
});

$pipeline = "GET /hold HTTP/1.1\r\nHost: h\r\n\r\n" . str_repeat("GET /next HTTP/1.1\r\nHost: h\r\n\r\n", 100);
foreach (['fin', 'rst'] as $how) {
    $held = $handled = [];
    $closed = 0;
    $c = http_test_client($port, $pipeline);
    http_test_run($base, function () use (&$held) { return count($held) === 1; });
    /* Some loop steps: nothing behind the held request runs. */
    for ($i = 0; $i < 5; $i++) $base->loop(EventBase::LOOP_NONBLOCK);
    echo "$how: handled ", implode(' ', $handled), ", pending=", var_export($held[0]->getConnection()->hasPendingRequests(), true), "\n";
    http_test_close($c, $how);
    http_test_run($base, function () use (&$closed) { return $closed > 0; }, 2.0);
    echo "$how: closed=$closed aborted=", var_export($held[0]->isAborted(), true), " handled ", implode(' ', $handled), "\n";
    /* A reply to it now goes nowhere, quietly. */
    $held[0]->sendReply(200, 'OK');
}

/* Answered from a timer, the held request lets the pipelined ones through. */
$held = $handled = [];
$c = http_test_client($port, "GET /hold HTTP/1.1\r\nHost: h\r\n\r\nGET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n");
http_test_run($base, function () use (&$held) { return count($held) === 1; });
$t = Event::timer($base, function () use (&$held) { $held[0]->sendReply(200, 'OK', http_test_buf('held')); });
$t->addTimer(0.05);
$got = '';
http_test_run($base, function () use ($c, &$got) { $got .= http_test_read($c); return substr_count($got, 'HTTP/1.1 200') === 3; });
preg_match_all('/\r\n\r\n(held|r\/a|r\/b)/', $got, $m);
echo "in order: ", implode(' ', $m[1]), "; handled ", implode(' ', $handled), "\n";
http_test_close($c, 'fin');
?>
--EXPECT--
fin: handled /hold, pending=true
fin: closed=1 aborted=true handled /hold
rst: handled /hold, pending=true
rst: closed=1 aborted=true handled /hold
in order: held r/a r/b; handled /hold /a /b
