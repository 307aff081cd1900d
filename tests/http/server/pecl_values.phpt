--TEST--
EventHttp: bind() ports, setAllowedMethods() masks and setTimeout() values are taken as PECL event takes them
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
$base = new EventBase();
$http = new EventHttp($base);
$port = http_test_free_port();
// The low 16 bits of the port: $port + 65536 binds $port.
var_dump($http->bind('127.0.0.1', $port + 65536));
$http->setDefaultCallback(function ($req) { $req->sendReply(200, 'OK'); });
echo http_test_status(http_test_raw($base, $port, "GET / HTTP/1.0\r\n\r\n")), "\n";
// 0x10001: the low 16 bits are GET only.
var_dump($http->setAllowedMethods(0x10001));
echo http_test_status(http_test_raw($base, $port, "GET / HTTP/1.0\r\n\r\n")), ' ',
     http_test_status(http_test_raw($base, $port, "POST / HTTP/1.0\r\nContent-Length: 0\r\n\r\n")), "\n";
$http->setAllowedMethods(-1);
// As an int: PHP_INT_MAX is -1 (no timeout), 2**31 a negative timeout (at once).
foreach ([PHP_INT_MAX, intdiv(PHP_INT_MAX, 2), -1, 0, 2147483648, -100] as $t) {
    var_dump($http->setTimeout($t));
    $raw = http_test_raw($base, $port, "GET / HTTP/1.0\r\n\r\n");
    echo $t, ': ', http_test_status($raw) === 0 ? 'cut off' : http_test_status($raw), "\n";
}
?>
--EXPECT--
bool(true)
200
NULL
200 501
NULL
9223372036854775807: 200
NULL
4611686018427387903: 200
NULL
-1: 200
NULL
0: 200
NULL
2147483648: cut off
NULL
-100: cut off
