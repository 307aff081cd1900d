--TEST--
EventHttpRequest (server side): getters, input/output headers and buffers, header methods with INPUT_HEADER/OUTPUT_HEADER
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$gotMd5 = null;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$gotMd5) {
    echo 'command: ', $req->getCommand() === EventHttpRequest::CMD_POST ? 'POST' : $req->getCommand(), "\n";
    echo 'host: ', $req->getHost(), "\n";
    echo 'uri: ', $req->getUri(), "\n";
    echo 'code before reply: ', $req->getResponseCode(), "\n";
    $in = $req->getInputHeaders();
    ksort($in);
    echo 'input headers: ', json_encode($in), "\n";
    echo 'output headers: ', json_encode($req->getOutputHeaders()), "\n";
    $body = $req->getInputBuffer();
    echo 'body: ', get_class($body), ' ', $body->length, "\n";
    $gotMd5 = md5($body->substr(0));
    var_dump($req->getInputBuffer() === $body);   /* the same object each time */

    echo "-- find\n";
    var_dump($req->findHeader('x-client', EventHttpRequest::INPUT_HEADER));   /* case-insensitive */
    var_dump($req->findHeader('X-Client', EventHttpRequest::OUTPUT_HEADER));
    var_dump($req->findHeader('Nope', EventHttpRequest::INPUT_HEADER));
    echo "-- add\n";
    var_dump($req->addHeader('X-Out', 'one', EventHttpRequest::OUTPUT_HEADER));
    var_dump($req->addHeader('X-Gone', 'bye', EventHttpRequest::OUTPUT_HEADER));
    var_dump($req->addHeader('X-Added-In', 'in', EventHttpRequest::INPUT_HEADER));
    var_dump($req->findHeader('X-Added-In', EventHttpRequest::INPUT_HEADER));
    var_dump($req->findHeader('x-out', EventHttpRequest::OUTPUT_HEADER));
    /* A value with a bare line break would split the header: refused. */
    var_dump($req->addHeader('X-Bad', "a\r\nInjected: 1", EventHttpRequest::OUTPUT_HEADER));
    echo "-- remove\n";
    var_dump($req->removeHeader('X-Gone', EventHttpRequest::OUTPUT_HEADER));
    var_dump($req->removeHeader('X-Gone', EventHttpRequest::OUTPUT_HEADER));
    var_dump($req->removeHeader('X-Client', EventHttpRequest::INPUT_HEADER));
    var_dump($req->findHeader('X-Client', EventHttpRequest::INPUT_HEADER));
    echo 'output headers: ', json_encode($req->getOutputHeaders()), "\n";
    echo "-- bad type\n";
    foreach ([0, 3, -1] as $type) {
        foreach (['findHeader' => ['X'], 'removeHeader' => ['X'], 'addHeader' => ['X', 'v']] as $m => $args) {
            try {
                $req->$m(...[...$args, $type]);
                echo "$m($type): no error\n";
            } catch (ValueError $e) {
                echo $e->getMessage(), "\n";
            }
        }
    }
    echo "-- clear (output headers only)\n";
    $req->addHeader('X-Cleared', 'c', EventHttpRequest::OUTPUT_HEADER);
    $req->clearHeaders();
    echo 'output headers: ', json_encode($req->getOutputHeaders()), "\n";
    var_dump($req->findHeader('Host', EventHttpRequest::INPUT_HEADER));

    /* The reply: an output header and the output buffer's bytes. */
    $req->addHeader('X-Final', 'yes', EventHttpRequest::OUTPUT_HEADER);
    $req->addHeader('Content-Type', 'text/plain', EventHttpRequest::OUTPUT_HEADER);
    $out = $req->getOutputBuffer();
    $out->add('from-output-buffer;');
    $req->sendReply(202, 'Accepted Here', http_test_buf('from-reply-buffer'));
    echo 'code after reply: ', $req->getResponseCode(), "\n";
    echo 'uri after reply: ', $req->getUri(), "\n";
});

$payload = random_bytes(3000);
$raw = http_test_raw($base, $port, "POST /path/to?q=1&r=%20 HTTP/1.1\r\nHost: example.test:8080\r\nX-Client: c1\r\nContent-Length: "
    . strlen($payload) . "\r\n\r\n" . $payload);
echo 'body md5 matches: ', var_export($gotMd5 === md5($payload), true), "\n";
[$head, $body] = explode("\r\n\r\n", $raw, 2);
$lines = explode("\r\n", $head);
echo $lines[0], "\n";
$hs = [];
foreach (array_slice($lines, 1) as $l) {
    [$k, $v] = explode(': ', $l, 2);
    if ($k !== 'Date') $hs[] = "$k: $v";
}
sort($hs);
echo implode("\n", $hs), "\n";
echo "body: $body\n";
?>
--EXPECTF--
command: POST
host: example.test
uri: /path/to?q=1&r=%20
code before reply: 0
input headers: {"Content-Length":"3000","Host":"example.test:8080","X-Client":"c1"}
output headers: []
body: EventBuffer 3000
bool(true)
-- find
string(2) "c1"
NULL
NULL
-- add
bool(true)
bool(true)
bool(true)
string(2) "in"
string(3) "one"
bool(false)
-- remove
bool(true)
bool(false)
bool(true)
NULL
output headers: {"X-Out":"one"}
-- bad type
findHeader(0): no error
removeHeader(0): no error
addHeader(0): no error
findHeader(3): no error
removeHeader(3): no error
addHeader(3): no error

Warning: EventHttpRequest::findHeader(): Invalid HTTP request type passed: -1 in %s/server_side.php on line 43
findHeader(-1): no error
removeHeader(-1): no error
addHeader(-1): no error
-- clear (output headers only)
output headers: []
string(17) "example.test:8080"
code after reply: 202
uri after reply: /path/to?q=1&r=%20
body md5 matches: true
HTTP/1.1 202 Accepted Here
Content-Length: 36
Content-Type: text/plain
X-Final: yes
body: from-output-buffer;from-reply-buffer
