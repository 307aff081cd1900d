--TEST--
EventHttpRequest::sendReply() with and without a buffer, sendReplyStart/Chunk/End, sendError() with and without a reason
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setCallback('/plain', function (EventHttpRequest $req) {
    $req->sendReply(200, 'OK');
});
$http->setCallback('/outbuf', function (EventHttpRequest $req) {
    $req->getOutputBuffer()->add('written to the output buffer');
    $req->sendReply(200, 'Fine');
});
$http->setCallback('/buf', function (EventHttpRequest $req) {
    $b = http_test_buf('given buffer');
    $req->sendReply(200, 'OK', $b);
    echo "given buffer drained: ", $b->length, "\n";
});
$http->setCallback('/chunked', function (EventHttpRequest $req) {
    $req->sendReplyStart(200, 'Streaming');
    foreach (['alpha', 'beta', 'gamma'] as $w) {
        $req->sendReplyChunk(http_test_buf($w));
    }
    $req->sendReplyEnd();
});
$http->setCallback('/error', function (EventHttpRequest $req) {
    $req->sendError(404);
});
$http->setCallback('/error-reason', function (EventHttpRequest $req) {
    $req->sendError(503, 'Come Back Later');
});
$http->setCallback('/error-null', function (EventHttpRequest $req) {
    $req->sendError(400, null);
});
$http->setCallback('/twice', function (EventHttpRequest $req) {
    $req->sendReply(200, 'OK', http_test_buf('first'));
    foreach ([fn() => $req->sendReply(200, 'OK'), fn() => $req->sendError(500), fn() => $req->sendReplyStart(200, 'OK'),
              fn() => $req->sendReplyEnd()] as $f) {
        try { $f(); echo "no error\n"; } catch (EventException $e) { echo 'EventException: ', $e->getMessage(), "\n"; }
    }
});
$http->setCallback('/misuse', function (EventHttpRequest $req) {
    foreach ([fn() => $req->sendReplyChunk(http_test_buf('x')), fn() => $req->sendReplyEnd()] as $f) {
        try { $f(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
    }
    $req->sendReply(200, 'OK', http_test_buf('still answerable'));
});

function show(string $raw): void
{
    [$head, $body] = explode("\r\n\r\n", $raw, 2) + [1 => ''];
    $lines = explode("\r\n", $head);
    $hs = [];
    foreach (array_slice($lines, 1) as $l) {
        if (!str_starts_with($l, 'Date:')) $hs[] = $l;
    }
    sort($hs);
    echo $lines[0], ' [', implode('; ', $hs), "]\n";
    echo '  body: ', json_encode($body), "\n";
}
foreach (['/plain', '/outbuf', '/buf', '/chunked', '/error', '/error-reason', '/error-null', '/twice', '/misuse'] as $path) {
    echo "$path\n";
    show(http_test_raw($base, $port, "GET $path HTTP/1.1\r\nHost: x\r\n\r\n"));
}
/* An HTTP/1.0 client gets the stream without chunked framing, ended by close. */
echo "/chunked over HTTP/1.0\n";
show(http_test_raw($base, $port, "GET /chunked HTTP/1.0\r\n\r\n"));
?>
--EXPECT--
/plain
HTTP/1.1 200 OK [Content-Length: 0; Content-Type: text/html; charset=ISO-8859-1]
  body: ""
/outbuf
HTTP/1.1 200 Fine [Content-Length: 28; Content-Type: text/html; charset=ISO-8859-1]
  body: "written to the output buffer"
/buf
given buffer drained: 0
HTTP/1.1 200 OK [Content-Length: 12; Content-Type: text/html; charset=ISO-8859-1]
  body: "given buffer"
/chunked
HTTP/1.1 200 Streaming [Content-Type: text/html; charset=ISO-8859-1; Transfer-Encoding: chunked]
  body: "5\r\nalpha\r\n4\r\nbeta\r\n5\r\ngamma\r\n0\r\n\r\n"
/error
HTTP/1.1 404 Not Found [Connection: close; Content-Length: 90; Content-Type: text/html]
  body: "<HTML><HEAD>\n<TITLE>404 Not Found<\/TITLE>\n<\/HEAD><BODY>\n<H1>Not Found<\/H1>\n<\/BODY><\/HTML>\n<EOF>"
/error-reason
HTTP/1.1 503 Come Back Later [Connection: close; Content-Length: 102; Content-Type: text/html]
  body: "<HTML><HEAD>\n<TITLE>503 Come Back Later<\/TITLE>\n<\/HEAD><BODY>\n<H1>Come Back Later<\/H1>\n<\/BODY><\/HTML>\n<EOF>"
/error-null
HTTP/1.1 400 Bad Request [Connection: close; Content-Length: 94; Content-Type: text/html]
  body: "<HTML><HEAD>\n<TITLE>400 Bad Request<\/TITLE>\n<\/HEAD><BODY>\n<H1>Bad Request<\/H1>\n<\/BODY><\/HTML>\n<EOF>"
/twice
EventException: a reply to this request was already started
EventException: a reply to this request was already started
EventException: a reply to this request was already started
EventException: sendReplyStart() must come before sendReplyEnd()
HTTP/1.1 200 OK [Content-Length: 5; Content-Type: text/html; charset=ISO-8859-1]
  body: "first"
/misuse
EventException: sendReplyStart() (or sendReply()) must come before sendReplyChunk()
EventException: sendReplyStart() must come before sendReplyEnd()
HTTP/1.1 200 OK [Content-Length: 16; Content-Type: text/html; charset=ISO-8859-1]
  body: "still answerable"
/chunked over HTTP/1.0
HTTP/1.0 200 Streaming [Content-Type: text/html; charset=ISO-8859-1]
  body: "alphabetagamma<EOF>"
