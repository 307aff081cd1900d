--TEST--
HTTP fuzz finding: closeConnection() right after sendReply() in a handler makes libevent print "[warn] Epoll MOD(4) on fd N failed ... Bad file descriptor"
--EXTENSIONS--
sockets
--XFAIL--
closeConnection() frees the evhttp_connection from inside evhttp's read callback: evhttp closes the socket at once, but the bufferevent (referenced by the callback still running) is only finalized after the handler returns, and its pending read+write events are then deleted on a closed descriptor, so epoll_ctl() fails with EBADF and libevent logs a warning on stderr (once per such connection; 117 in a 20,000 request fuzz run). The reply is also lost. Closing from a timer after the handler returned is fine.
--FILE--
<?php
require __DIR__ . '/http_helpers.inc';

/* libevent logs to the process's stderr, which a script cannot read back:
 * run the server in a child PHP with the same extension and look at it. */
if (($argv[1] ?? '') !== 'child') {
    $ext = null;
    foreach (explode("\n", (string)shell_exec('cat /proc/' . getmypid() . '/maps')) as $line) {
        if (preg_match('~(/\S+/event\.so)$~', $line, $m)) { $ext = $m[1]; break; }
    }
    $cmd = [PHP_BINARY, '-n', '-d', 'extension=sockets', '-d', "extension=$ext", __FILE__, 'child'];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($p);
    echo $out;
    echo "stderr: ", $err === '' ? "(empty)\n" : $err;
    exit;
}

$base = new EventBase();
[$http, $port] = http_test_server($base);
$closed = 0; $handled = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$closed, &$handled) {
    $handled++;
    $req->getConnection()->setCloseCallback(function () use (&$closed) { $closed++; });
    $b = new EventBuffer();
    $b->add('bye');
    $req->sendReply(200, 'OK', $b);
    $req->closeConnection();
});
$c = http_test_client($port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$closed) { return $closed > 0; });
http_test_run($base, fn() => false, 0.1);
echo "handled=$handled closed=$closed close_wait=", http_test_sockets($port), "\n";
?>
--EXPECT--
handled=1 closed=1 close_wait=0
stderr: (empty)
