--TEST--
EventHttp replies: the Date header is the current time in RFC 1123 form, once per HTTP/1.1 reply, none on HTTP/1.0, the script's own kept
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function (EventHttpRequest $req) {
    switch ($req->getUri()) {
        case '/own':
            $req->addHeader('Date', 'Tue, 01 Jan 2030 00:00:00 GMT', EventHttpRequest::OUTPUT_HEADER);
            $req->sendReply(200, 'OK', http_test_buf('own'));
            break;
        case '/chunked':
            $req->sendReplyStart(200, 'OK');
            $req->sendReplyChunk(http_test_buf('part'));
            $req->sendReplyEnd();
            break;
        case '/error':
            $req->sendError(404);
            break;
        default:
            $req->sendReply(200, 'OK', http_test_buf('hello'));
    }
});

/** @return string[] the values of the reply's Date headers */
function dates(string $raw): array
{
    $head = substr($raw, 0, (int)strpos($raw, "\r\n\r\n"));
    $dates = [];
    foreach (explode("\r\n", $head) as $line) {
        if (strncasecmp($line, 'Date:', 5) === 0) {
            $dates[] = trim(substr($line, 5));
        }
    }
    return $dates;
}

/* The value must be exactly what gmdate() gives for a second close to now. */
function check_now(string $what, array $dates): ?int
{
    if (count($dates) !== 1) {
        echo "$what: ", count($dates), " Date headers\n";
        return null;
    }
    $t = strtotime($dates[0]);
    $ok = $t !== false && gmdate('D, d M Y H:i:s \G\M\T', $t) === $dates[0] && abs(time() - $t) <= 2;
    echo "$what: ", $ok ? 'current' : "unexpected {$dates[0]}", "\n";
    return $ok ? $t : null;
}

$get = fn(string $uri, string $version = '1.1') =>
    http_test_raw($base, $port, "GET $uri HTTP/$version\r\nHost: x\r\nConnection: close\r\n\r\n");

$first = check_now('plain', dates($get('/')));
check_now('chunked', dates($get('/chunked')));
check_now('error', dates($get('/error')));
echo 'own: ', json_encode(dates($get('/own'))), "\n";
echo 'HTTP/1.0: ', count(dates($get('/', '1.0'))), " Date headers\n";

/* A reply in a later second carries that second, not a stale string.
 * (time(), which libevent and the extension use, follows gettimeofday(),
 * which PHP's time() uses, by up to a clock tick: hence the 50 ms.) */
$start = time();
http_test_until($base, fn() => time() > $start, 2.5);
http_test_until($base, fn() => false, 0.05);
$later = check_now('a second later', dates($get('/')));
echo 'advanced: ', ($first !== null && $later !== null && $later > $first) ? 'yes' : 'no', "\n";
?>
--EXPECT--
plain: current
chunked: current
error: current
own: ["Tue, 01 Jan 2030 00:00:00 GMT"]
HTTP/1.0: 0 Date headers
a second later: current
advanced: yes
