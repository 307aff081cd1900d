<?php
/*
 * A server that streams a line every 100 ms to each client and stops as soon
 * as the client goes away: no workaround, no CLOSE_WAIT.
 *
 *   php examples/stream_until_gone.php 8080
 *   curl -N http://127.0.0.1:8080/     (then Ctrl-C)
 */
$port = (int)($argv[1] ?? 8080);
$base = new EventBase();
$http = new EventHttp($base);
if (!$http->bind('127.0.0.1', $port)) {
    exit("cannot bind 127.0.0.1:$port\n");
}

$http->setDefaultCallback(function (EventHttpRequest $req) use ($base) {
    $req->addHeader('Content-Type', 'text/plain', EventHttpRequest::OUTPUT_HEADER);
    $req->sendReplyStart(200, 'OK');
    $n = 0;
    $timer = new Event($base, -1, Event::TIMEOUT | Event::PERSIST, function () use ($req, &$timer, &$n) {
        if ($req->isAborted()) {      // the client left: stop producing
            $timer->free();
            echo "client gone after $n lines\n";
            return;
        }
        $buf = new EventBuffer();
        $buf->add("line " . ++$n . "\n");
        $req->sendReplyChunk($buf);
    });
    $timer->add(0.1);
    $req->getConnection()->setCloseCallback(function (EventHttpConnection $conn) {
        echo "connection closed", $conn->hasPendingRequests() ? " with a reply unfinished" : "", "\n";
    });
});
$base->loop();
