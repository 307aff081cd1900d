--TEST--
EventHttpConnection::makeRequest() with every CMD_* against our own EventHttp in the same loop: code, headers, body, $data
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setAllowedMethods(511); // OPTIONS, TRACE, CONNECT, PATCH too (libevent allows five by default)
$http->setDefaultCallback(function (EventHttpRequest $req) {
    $names = [1 => 'GET', 2 => 'POST', 4 => 'HEAD', 8 => 'PUT', 16 => 'DELETE', 32 => 'OPTIONS', 64 => 'TRACE', 128 => 'CONNECT', 256 => 'PATCH'];
    $req->addHeader('X-Method', $names[$req->getCommand()], EventHttpRequest::OUTPUT_HEADER);
    $req->addHeader('X-Got-Header', (string)$req->findHeader('X-Sent', EventHttpRequest::INPUT_HEADER), EventHttpRequest::OUTPUT_HEADER);
    $body = $req->getInputBuffer();
    $text = $names[$req->getCommand()] . ' ' . $req->getUri() . ' body=' . ($body->read($body->length) ?? "");
    /* No body in a reply to HEAD: libevent 2.1 would write it anyway. */
    $req->sendReply(200, 'OK', $req->getCommand() === EventHttpRequest::CMD_HEAD ? null : http_test_buf($text));
});

$cmds = ['GET' => EventHttpRequest::CMD_GET, 'POST' => EventHttpRequest::CMD_POST, 'HEAD' => EventHttpRequest::CMD_HEAD,
    'PUT' => EventHttpRequest::CMD_PUT, 'DELETE' => EventHttpRequest::CMD_DELETE, 'OPTIONS' => EventHttpRequest::CMD_OPTIONS,
    'TRACE' => EventHttpRequest::CMD_TRACE, 'PATCH' => EventHttpRequest::CMD_PATCH, 'CONNECT' => EventHttpRequest::CMD_CONNECT];
/* CONNECT goes last: after a 2xx answer to it the connection is a tunnel
 * (the client reads no body and sends no further request on it). */
$results = [];
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
foreach ($cmds as $name => $cmd) {
    /* CONNECT's target is an authority (host:port), not a path. */
    $uri = $cmd === EventHttpRequest::CMD_CONNECT ? '127.0.0.1:443' : "/x/$name?q=1";
    $req = new EventHttpRequest(function (EventHttpRequest $r, $data) use (&$results) {
        $buf = $r->getInputBuffer();
        $results[$data] = [$r->getResponseCode(), $r->findHeader('X-Method', EventHttpRequest::INPUT_HEADER),
            $r->findHeader('X-Got-Header', EventHttpRequest::INPUT_HEADER), $buf->read($buf->length) ?? ""];
    }, $name);
    $req->addHeader('Host', '127.0.0.1', EventHttpRequest::OUTPUT_HEADER);
    $req->addHeader('X-Sent', "hdr-$name", EventHttpRequest::OUTPUT_HEADER);
    if (in_array($name, ['POST', 'PUT', 'PATCH'])) {
        $req->getOutputBuffer()->add("payload-$name");
        if ($name === 'PATCH') {
            /* libevent 2.1 adds Content-Length by itself for POST and PUT only. */
            $req->addHeader('Content-Length', (string)strlen("payload-$name"), EventHttpRequest::OUTPUT_HEADER);
        }
    }
    var_dump($conn->makeRequest($req, $cmd, $uri));
}
unset($req);
http_test_until($base, function () use (&$results) { return count($results) === 9; }, 5.0);
foreach ($cmds as $name => $cmd) {
    echo $name, ': ', json_encode($results[$name] ?? 'no callback'), "\n";
}

echo "-- bad type\n";
foreach ([0, 3, 512, -1] as $bad) {
    try {
        $conn->makeRequest(new EventHttpRequest(fn() => null), $bad, '/');
        echo "no error\n";
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
GET: [200,"GET","hdr-GET","GET \/x\/GET?q=1 body="]
POST: [200,"POST","hdr-POST","POST \/x\/POST?q=1 body=payload-POST"]
HEAD: [200,"HEAD","hdr-HEAD",""]
PUT: [200,"PUT","hdr-PUT","PUT \/x\/PUT?q=1 body=payload-PUT"]
DELETE: [200,"DELETE","hdr-DELETE","DELETE \/x\/DELETE?q=1 body="]
OPTIONS: [200,"OPTIONS","hdr-OPTIONS","OPTIONS \/x\/OPTIONS?q=1 body="]
TRACE: [200,"TRACE","hdr-TRACE","TRACE \/x\/TRACE?q=1 body="]
PATCH: [200,"PATCH","hdr-PATCH","PATCH \/x\/PATCH?q=1 body=payload-PATCH"]
CONNECT: [200,"CONNECT","hdr-CONNECT",""]
-- bad type
EventHttpConnection::makeRequest(): Argument #2 ($type) must be one of the EventHttpRequest::CMD_* constants
EventHttpConnection::makeRequest(): Argument #2 ($type) must be one of the EventHttpRequest::CMD_* constants
EventHttpConnection::makeRequest(): Argument #2 ($type) must be one of the EventHttpRequest::CMD_* constants
EventHttpConnection::makeRequest(): Argument #2 ($type) must be one of the EventHttpRequest::CMD_* constants
