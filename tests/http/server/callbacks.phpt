--TEST--
EventHttp::setCallback() per path with $arg, setDefaultCallback(), replacing a path's callback, 404 without a default
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);

function get(EventBase $base, int $port, string $uri): string
{
    $raw = http_test_raw($base, $port, "GET $uri HTTP/1.1\r\nHost: x\r\n\r\n");
    $body = substr($raw, strpos($raw, "\r\n\r\n") + 4);
    return http_test_status($raw) . ($body !== '' && http_test_status($raw) === 200 ? " $body" : '');
}

$seen = [];
$handler = function (EventHttpRequest $req, $arg) use (&$seen) {
    $seen[] = $arg;
    $req->sendReply(200, 'OK', http_test_buf(is_array($arg) ? json_encode($arg) : (string)$arg));
};
var_dump($http->setCallback('/a', $handler, 'arg-a'));
var_dump($http->setCallback('/b', $handler, ['k' => 1]));
var_dump($http->setCallback('/c', $handler));        /* $arg defaults to null */

echo "no default: ", get($base, $port, '/a'), ' | ', get($base, $port, '/b'), ' | ', get($base, $port, '/c'), ' | ', get($base, $port, '/zzz'), "\n";
/* The query string does not take part in matching the path. */
echo "query: ", get($base, $port, '/a?x=1'), "\n";
var_dump($seen);

$http->setDefaultCallback(function (EventHttpRequest $req, $arg) {
    $req->sendReply(200, 'OK', http_test_buf("default($arg) " . $req->getUri()));
}, 'D');
echo "default: ", get($base, $port, '/zzz'), ' | ', get($base, $port, '/a'), "\n";

/* A second callback for /a is refused (a warning and false, as with PECL event): the first one answers. */
var_dump($http->setCallback('/a', function (EventHttpRequest $req, $arg) {
    $req->sendReply(200, 'OK', http_test_buf("new-a($arg)"));
}, 'second'));
echo "replaced: ", get($base, $port, '/a'), "\n";

/* Replacing the default callback. */
$http->setDefaultCallback(function (EventHttpRequest $req, $arg) {
    $req->sendReply(201, 'Created', http_test_buf('default2'));
});
$raw = http_test_raw($base, $port, "GET /other HTTP/1.1\r\nHost: x\r\n\r\n");
echo "default2: ", http_test_status($raw), ' ', substr($raw, strpos($raw, "\r\n\r\n") + 4), "\n";
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
no default: 200 arg-a | 200 {"k":1} | 200 | 404
query: 200 arg-a
array(4) {
  [0]=>
  string(5) "arg-a"
  [1]=>
  array(1) {
    ["k"]=>
    int(1)
  }
  [2]=>
  NULL
  [3]=>
  string(5) "arg-a"
}
default: 200 default(D) /zzz | 200 arg-a

Warning: EventHttp::setCallback(): The callback already exists in %s/callbacks.php on line 34
bool(false)
replaced: 200 arg-a
default2: 201 default2
