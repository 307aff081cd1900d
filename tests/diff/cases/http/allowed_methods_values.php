<?php
// setAllowedMethods() with values outside the CMD_* bits.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { echo "handler ", $req->getCommand(), "\n"; $req->sendReply(200, 'OK'); });
foreach ([-1, 0x10000, 0x10001, PHP_INT_MAX, PHP_INT_MIN, 511] as $v) {
    show("setAllowedMethods($v)", fn() => $http->setAllowedMethods($v));
    echo strtok(raw($base, $port, "GET / HTTP/1.0\r\n\r\n"), "\r"), "\n";
}
show('string', fn() => $http->setAllowedMethods('x'));
