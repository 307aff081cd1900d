<?php
/*
 * Streams a chunked reply: one line every 100 ms (10 lines by default,
 * ?n=<count> for more), then ends it. A client that leaves stops its stream.
 *
 *   php chunked_stream_server.php 8080
 *   curl -N localhost:8080/stream?n=20
 */
$port = (int)($argv[1] ?? 8080);
$base = new EventBase();
$http = new EventHttp($base);
if (!$http->bind('127.0.0.1', $port)) {
    fwrite(STDERR, "cannot bind 127.0.0.1:$port\n");
    exit(1);
}

$http->setDefaultCallback(function (EventHttpRequest $req) use ($base) {
    parse_str((string)parse_url($req->getUri(), PHP_URL_QUERY), $q);
    $total = max(1, min(10000, (int)($q['n'] ?? 10)));
    $req->addHeader('Content-Type', 'text/plain', EventHttpRequest::OUTPUT_HEADER);
    $req->sendReplyStart(200, 'OK');
    $sent = 0;
    $timer = new Event($base, -1, Event::TIMEOUT | Event::PERSIST, function () use ($req, &$sent, $total, &$timer) {
        if ($req->isAborted()) {
            echo "client left after $sent chunks\n";
            $timer->free();
            return;
        }
        $buf = new EventBuffer();
        $buf->add(sprintf("chunk %d of %d at %s\n", ++$sent, $total, date('H:i:s')));
        $req->sendReplyChunk($buf);
        if ($sent === $total) {
            $req->sendReplyEnd();
            $timer->free();
        }
    });
    $timer->add(0.1);
});

echo "streaming on http://127.0.0.1:$port/\n";
$base->dispatch();
