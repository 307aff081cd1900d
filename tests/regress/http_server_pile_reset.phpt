--TEST--
Regression (HTTP fuzzer): a client that piles up more than 256 KiB behind a held request is cut off, so its leaving (RST or FIN) is noticed
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';

foreach (['rst', 'fin'] as $how) {
    $base = new EventBase();
    [$http, $port] = http_test_server($base);
    $closed = 0; $held = null;
    $http->setDefaultCallback(function (EventHttpRequest $req) use (&$closed, &$held) {
        $req->getConnection()->setCloseCallback(function () use (&$closed) { $closed++; });
        $held = $req; /* long-poll: answered only when there is news (never, here) */
    });
    $c = http_test_client($port, "GET /poll HTTP/1.1\r\nHost: x\r\n\r\n");
    http_test_run($base, function () use (&$held) { return $held !== null; });

    /* 300 KB of a pipelined request (less than the kernel buffers take, so
     * the FIN is not stuck behind it on the client's side) */
    $size = 300000;
    $junk = "POST /next HTTP/1.1\r\nHost: x\r\nContent-Length: $size\r\n\r\n" . str_repeat('p', $size);
    socket_set_nonblock($c);
    $sent = 0;
    $deadline = microtime(true) + 2;
    while ($sent < strlen($junk) && microtime(true) < $deadline) {
        $n = @socket_write($c, substr($junk, $sent, 65536));
        if ($n > 0) $sent += $n;
        $base->loop(EventBase::LOOP_ONCE | EventBase::LOOP_NONBLOCK);
    }
    http_test_run($base, fn() => false, 0.2);
    http_test_close($c, $how);
    http_test_run($base, function () use (&$closed) { return $closed > 0; }, 1.0);
    printf("%s: all sent=%s closed=%d aborted=%s close_wait=%d\n", $how, var_export($sent === strlen($junk), true),
        $closed, var_export($held->isAborted(), true), http_test_sockets($port));
    unset($held, $http, $base);
}
?>
--EXPECT--
rst: all sent=true closed=1 aborted=true close_wait=0
fin: all sent=true closed=1 aborted=true close_wait=0
