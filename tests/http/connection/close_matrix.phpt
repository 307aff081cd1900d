--TEST--
EventHttpConnection::setCloseCallback: fires once when the client closes (FIN) or resets (RST), whatever the request's state, with no workaround in the script
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

/* Each state: what the handler does with the request, and the raw bytes the
 * client sends. */
$states = [
    'held'      => ['GET /held HTTP/1.1\r\nHost: x\r\n\r\n', 'hold'],
    'chunked'   => ['GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n', 'chunk'],
    'keepalive' => ['GET /done HTTP/1.1\r\nHost: x\r\n\r\n', 'answer'],
    'uploading' => ['GET /first HTTP/1.1\r\nHost: x\r\n\r\nPOST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nabc', 'answer'],
];

foreach ($states as $state => [$raw, $action]) {
    foreach (['fin', 'rst'] as $how) {
        $base = new EventBase();
        [$http, $port] = http_test_server($base);
        $closed = 0; $pendingAtClose = null; $held = null; $handled = 0;
        $http->setDefaultCallback(function (EventHttpRequest $req) use ($action, &$closed, &$pendingAtClose, &$held, &$handled) {
            $handled++;
            $req->getConnection()->setCloseCallback(function (EventHttpConnection $c, $arg) use (&$closed, &$pendingAtClose) {
                $closed++;
                $pendingAtClose = $c->hasPendingRequests();
            });
            if ($action === 'hold') {
                $held = $req;
            } elseif ($action === 'chunk') {
                $req->sendReplyStart(200, 'OK');
                $buf = new EventBuffer();
                $buf->add('first chunk');
                $req->sendReplyChunk($buf);
                $held = $req;
            } else {
                $buf = new EventBuffer();
                $buf->add('done');
                $req->sendReply(200, 'OK', $buf);
            }
        });
        $client = http_test_client($port, str_replace('\r\n', "\r\n", $raw));
        http_test_run($base, function () use (&$handled) { return $handled > 0; });
        /* Let the reply (if any) go out, then the client leaves. */
        http_test_run($base, fn() => false, 0.05);
        http_test_close($client, $how);
        $t0 = hrtime(true);
        $ok = http_test_run($base, function () use (&$closed) { return $closed > 0; });
        $ms = (hrtime(true) - $t0) / 1e6;
        http_test_run($base, fn() => false, 0.05); /* a second call would show here */

        $status = $held ? $held->getConnectionStatus() : null;
        if ($held) {
            /* Replying to a gone client does nothing: no warning, no crash. */
            $b = new EventBuffer(); $b->add('late');
            $held->sendReplyChunk($b);
            $held->sendReplyEnd();
            $held->sendReply(200, 'OK');
            $held->sendError(500);
        }
        printf("%-9s %-3s closed=%d within_1s=%s pending=%s status=%s aborted=%s close_wait=%d\n",
            $state, $how, $closed, ($ok && $ms < 1000) ? 'yes' : "no($ms ms)",
            var_export($pendingAtClose, true),
            $status === null ? '-' : $status, $held ? var_export($held->isAborted(), true) : '-',
            http_test_sockets($port));
        unset($held, $http, $base);
    }
}
?>
--EXPECT--
held      fin closed=1 within_1s=yes pending=true status=1 aborted=true close_wait=0
held      rst closed=1 within_1s=yes pending=true status=1 aborted=true close_wait=0
chunked   fin closed=1 within_1s=yes pending=true status=1 aborted=true close_wait=0
chunked   rst closed=1 within_1s=yes pending=true status=1 aborted=true close_wait=0
keepalive fin closed=1 within_1s=yes pending=false status=- aborted=- close_wait=0
keepalive rst closed=1 within_1s=yes pending=false status=- aborted=- close_wait=0
uploading fin closed=1 within_1s=yes pending=false status=- aborted=- close_wait=0
uploading rst closed=1 within_1s=yes pending=false status=- aborted=- close_wait=0
