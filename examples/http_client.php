<?php
/*
 * An HTTP client with EventHttpConnection: a GET and a POST to
 * 127.0.0.1:<port> (default 8080), printing status, headers and body.
 *
 *   php http_client.php 8080 [/path]
 */
$port = (int)($argv[1] ?? 8080);
$path = $argv[2] ?? '/';
$base = new EventBase();
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$conn->setTimeout(5);
$pending = 0;

function show(EventHttpRequest $req, string $label): void
{
    if ($req->getResponseCode() === 0 || $req->isAborted()) {
        echo "$label: failed (no response)\n";
        return;
    }
    echo "$label: ", $req->getResponseCode(), "\n";
    foreach ($req->getInputHeaders() as $k => $v) {
        echo "  $k: $v\n";
    }
    $body = $req->getInputBuffer();
    echo $body->read($body->length), "\n";
}

function request(EventHttpConnection $conn, EventBase $base, int $cmd, string $uri, ?string $body, string $label, int &$pending): void
{
    $req = new EventHttpRequest(function (EventHttpRequest $req, string $label) use ($base, &$pending) {
        show($req, $label);
        if (--$pending === 0) {
            $base->exit();
        }
    }, $label);
    $req->addHeader('Host', '127.0.0.1', EventHttpRequest::OUTPUT_HEADER);
    $req->addHeader('User-Agent', 'event-example', EventHttpRequest::OUTPUT_HEADER);
    if ($body !== null) {
        $req->addHeader('Content-Type', 'application/json', EventHttpRequest::OUTPUT_HEADER);
        $req->getOutputBuffer()->add($body);
    }
    $pending++;
    $conn->makeRequest($req, $cmd, $uri);
}

request($conn, $base, EventHttpRequest::CMD_GET, $path, null, "GET $path", $pending);
request($conn, $base, EventHttpRequest::CMD_POST, $path, json_encode(['name' => 'from http_client.php']), "POST $path", $pending);
$base->dispatch();
