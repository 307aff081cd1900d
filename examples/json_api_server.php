<?php
/*
 * A small JSON API on EventHttp.
 *
 *   php json_api_server.php 8080
 *   curl localhost:8080/items
 *   curl -X POST -d '{"name":"apple"}' localhost:8080/items
 *   curl localhost:8080/items/1
 *   curl localhost:8080/nope          -> 404
 */
$port = (int)($argv[1] ?? 8080);
$base = new EventBase();
$http = new EventHttp($base);
if (!$http->bind('127.0.0.1', $port)) {
    fwrite(STDERR, "cannot bind 127.0.0.1:$port\n");
    exit(1);
}

$items = [];
$nextId = 1;

function reply(EventHttpRequest $req, int $code, string $reason, $data): void
{
    $req->addHeader('Content-Type', 'application/json', EventHttpRequest::OUTPUT_HEADER);
    $buf = new EventBuffer();
    $buf->add(json_encode($data, JSON_UNESCAPED_SLASHES) . "\n");
    $req->sendReply($code, $reason, $buf);
}

function body_json(EventHttpRequest $req): ?array
{
    $in = $req->getInputBuffer();
    $data = json_decode($in->read($in->length), true);
    return is_array($data) ? $data : null;
}

/* /items: list (GET) and create (POST). */
$http->setCallback('/items', function (EventHttpRequest $req) use (&$items, &$nextId) {
    switch ($req->getCommand()) {
        case EventHttpRequest::CMD_GET:
            reply($req, 200, 'OK', array_values($items));
            return;
        case EventHttpRequest::CMD_POST:
            $data = body_json($req);
            if ($data === null || !isset($data['name']) || !is_string($data['name'])) {
                reply($req, 400, 'Bad Request', ['error' => 'expected {"name": string}']);
                return;
            }
            $item = ['id' => $nextId++, 'name' => $data['name']];
            $items[$item['id']] = $item;
            $req->addHeader('Location', "/items/{$item['id']}", EventHttpRequest::OUTPUT_HEADER);
            reply($req, 201, 'Created', $item);
            return;
    }
    reply($req, 405, 'Method Not Allowed', ['error' => 'use GET or POST']);
});

/* /items/<id> (GET, DELETE), and 404 for everything else. */
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$items) {
    $path = parse_url($req->getUri(), PHP_URL_PATH);
    if (!preg_match('#^/items/(\d+)$#', (string)$path, $m)) {
        reply($req, 404, 'Not Found', ['error' => "no route for $path"]);
        return;
    }
    $id = (int)$m[1];
    if (!isset($items[$id])) {
        reply($req, 404, 'Not Found', ['error' => "no item $id"]);
        return;
    }
    if ($req->getCommand() === EventHttpRequest::CMD_DELETE) {
        unset($items[$id]);
        reply($req, 200, 'OK', ['deleted' => $id]);
        return;
    }
    reply($req, 200, 'OK', $items[$id]);
});

echo "JSON API on http://127.0.0.1:$port/items\n";
$base->dispatch();
