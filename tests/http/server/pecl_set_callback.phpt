--TEST--
EventHttp::setCallback(): a second callback for a path is refused with a warning; callables are resolved when they run
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$base = new EventBase();
[$http, $port] = http_test_server($base);
var_dump($http->setCallback('/a', function ($req) { $req->sendReply(200, 'first'); }));
var_dump($http->setCallback('/a', function ($req) { $req->sendReply(201, 'second'); }));
echo http_test_status(http_test_raw($base, $port, "GET /a HTTP/1.0\r\n\r\n")), "\n";
// Not callable yet: taken, and it runs once the function exists.
var_dump($http->setCallback('/later', 'defined_later'));
eval('function defined_later($req) { $req->sendReply(202, "later"); }');
echo http_test_status(http_test_raw($base, $port, "GET /later HTTP/1.0\r\n\r\n")), "\n";
// Never callable: nothing runs, the request stays unanswered.
var_dump($http->setCallback('/never', 'no_such_function'));
var_dump($http->setCallback('/null', null));
var_dump(http_test_raw($base, $port, "GET /never HTTP/1.0\r\n\r\n", 0.3));
var_dump(http_test_raw($base, $port, "GET /null HTTP/1.0\r\n\r\n", 0.3));
?>
--EXPECTF--
bool(true)

Warning: EventHttp::setCallback(): The callback already exists in %s on line %d
bool(false)
200
bool(true)
202
bool(true)
bool(true)
string(0) ""
string(0) ""
