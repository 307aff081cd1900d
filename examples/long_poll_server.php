<?php
/*
 * Long polling: GET /poll is held until an event is produced; a timer
 * produces one every 2 seconds and answers every waiting client. A client
 * that leaves is dropped at once (its connection's close callback), and
 * while nobody waits the timer does not produce anything.
 *
 *   php long_poll_server.php 8080
 *   curl localhost:8080/poll          (waits up to 2 s, then prints an event)
 *   curl localhost:8080/stats
 */
$port = (int)($argv[1] ?? 8080);
$base = new EventBase();
$http = new EventHttp($base);
if (!$http->bind('127.0.0.1', $port)) {
    fwrite(STDERR, "cannot bind 127.0.0.1:$port\n");
    exit(1);
}

$waiting = [];      /* spl_object_id(request) => request */
$produced = 0;
$left = 0;

$http->setCallback('/poll', function (EventHttpRequest $req) use (&$waiting, &$left) {
    $id = spl_object_id($req);
    $waiting[$id] = $req;
    /* The client may leave before an event comes: forget its request. */
    $req->getConnection()->setCloseCallback(function () use (&$waiting, &$left, $id) {
        if (isset($waiting[$id]) && $waiting[$id]->isAborted()) {
            unset($waiting[$id]);
            $left++;
            echo "a client left, ", count($waiting), " waiting\n";
        }
    });
});

$http->setCallback('/stats', function (EventHttpRequest $req) use (&$waiting, &$produced, &$left) {
    $buf = new EventBuffer();
    $buf->add(json_encode(['waiting' => count($waiting), 'produced' => $produced, 'left' => $left]) . "\n");
    $req->addHeader('Content-Type', 'application/json', EventHttpRequest::OUTPUT_HEADER);
    $req->sendReply(200, 'OK', $buf);
});

$producer = new Event($base, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$waiting, &$produced) {
    /* Nobody waits: produce nothing. */
    foreach ($waiting as $id => $req) {
        if ($req->isAborted()) {
            unset($waiting[$id]);
        }
    }
    if (!$waiting) {
        return;
    }
    $event = json_encode(['event' => ++$produced, 'time' => date('c')]) . "\n";
    foreach ($waiting as $req) {
        $buf = new EventBuffer();
        $buf->add($event);
        $req->addHeader('Content-Type', 'application/json', EventHttpRequest::OUTPUT_HEADER);
        $req->sendReply(200, 'OK', $buf);
    }
    echo "event $produced sent to ", count($waiting), " client(s)\n";
    $waiting = [];
});
$producer->add(2.0);

echo "long poll on http://127.0.0.1:$port/poll\n";
$base->dispatch();
