<?php
/*
 * A server-sent events (text/event-stream) server that paces each client
 * with EventHttpRequest::setDrainCallback(): a ticker makes an event every
 * 100 ms (or every <ms> given) and every client gets it, but only while
 * what that client has not read yet is at most LOW bytes; the rest waits in
 * the client's own queue, sent from the drain callback as the client reads.
 * A client that falls more than MAX_QUEUE events behind loses the oldest
 * ones (it is told how many in a "dropped" event), so a slow or stalled
 * reader costs the server a bounded amount of memory, not a growing buffer.
 *
 * GET /events             live events
 * GET /events?history=N   the last N events first (up to HISTORY), then live
 * A reconnecting EventSource sends Last-Event-ID: the events after it are
 * replayed first, as far as the history goes back.
 *
 *   php sse_server.php 8080 [ms]
 *   curl -N localhost:8080/events?history=20
 */
const LOW = 16 * 1024;   // bytes a client may have unread before events wait
const MAX_QUEUE = 256;   // events that may wait per client
const HISTORY = 1000;    // events kept for replays

$port = (int)($argv[1] ?? 8080);
$interval = max(1, (int)($argv[2] ?? 100)) / 1000;
$base = new EventBase();
$http = new EventHttp($base);
if (!$http->bind('127.0.0.1', $port)) {
    fwrite(STDERR, "cannot bind 127.0.0.1:$port\n");
    exit(1);
}

final class Client
{
    public array $queue = [];
    public int $sent = 0;
    public int $dropped = 0;

    public function __construct(public int $id, public EventHttpRequest $req) {}

    public function push(string $event): void
    {
        $this->queue[] = $event;
        if (count($this->queue) > MAX_QUEUE) {
            array_shift($this->queue);
            $this->dropped++;
        }
        $this->flush();
    }

    /* Sends what waits while the client keeps up; the drain callback calls
     * this again once it read enough. */
    public function flush(): void
    {
        $buf = new EventBuffer();
        if ($this->dropped && $this->req->getPendingOutput() <= LOW) {
            $buf->add("event: dropped\ndata: {$this->dropped}\n\n");
            $this->req->sendReplyChunk($buf);
        }
        while ($this->queue && $this->req->getPendingOutput() <= LOW) {
            $buf->add(array_shift($this->queue));
            $this->req->sendReplyChunk($buf);
            $this->sent++;
        }
    }
}

$clients = [];
$history = [];
$lastId = 0;
$nextClient = 0;

function sse_event(int $id): string
{
    return "id: $id\ndata: " . json_encode(['n' => $id, 'time' => date('H:i:s')]) . "\n\n";
}

$ticker = new Event($base, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$clients, &$history, &$lastId) {
    $event = sse_event(++$lastId);
    $history[$lastId] = $event;
    if (count($history) > HISTORY) {
        unset($history[$lastId - HISTORY]);
    }
    foreach ($clients as $client) {
        $client->push($event);
    }
});
$ticker->add($interval);

$http->setCallback('/events', function (EventHttpRequest $req) use (&$clients, &$history, &$lastId, &$nextClient) {
    parse_str((string)parse_url($req->getUri(), PHP_URL_QUERY), $q);
    $after = $req->findHeader('Last-Event-ID', EventHttpRequest::INPUT_HEADER);
    $from = $after !== null ? (int)$after + 1 : $lastId - min(HISTORY, max(0, (int)($q['history'] ?? 0))) + 1;

    $req->addHeader('Content-Type', 'text/event-stream', EventHttpRequest::OUTPUT_HEADER);
    $req->addHeader('Cache-Control', 'no-cache', EventHttpRequest::OUTPUT_HEADER);
    $req->sendReplyStart(200, 'OK');
    $client = new Client(++$nextClient, $req);
    $clients[$client->id] = $client;
    $req->setDrainCallback(fn() => $client->flush(), LOW);
    $req->getConnection()->setCloseCallback(function () use (&$clients, $client) {
        echo "client {$client->id} left: {$client->sent} events sent, {$client->dropped} dropped\n";
        unset($clients[$client->id]);
    });
    for ($id = max($from, $lastId - HISTORY + 1); $id <= $lastId; $id++) {
        $client->queue[] = $history[$id];
    }
    $buf = new EventBuffer();
    $buf->add("retry: 1000\n\n");
    $req->sendReplyChunk($buf);
    $client->flush();
    echo "client {$client->id} connected\n";
});

echo "events on http://127.0.0.1:$port/events\n";
$base->dispatch();
