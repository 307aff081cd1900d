<?php
// setCallback() per path and setDefaultCallback(): which runs, with what arguments.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port);
$h = function ($name) {
    return function ($req, $arg = 'none') use ($name) {
        echo "$name: ", get_class($req), ' ', $req->getUri(), ' arg=';
        var_dump($arg);
        $req->sendReply(200, 'OK');
    };
};
show('setCallback /a', fn() => $http->setCallback('/a', $h('a'), ['x' => 1]));
show('setCallback /b', fn() => $http->setCallback('/b', $h('b')));
show('setDefaultCallback', fn() => $http->setDefaultCallback($h('default'), 42));
foreach (['/a', '/a?q=1', '/b', '/c', '/a/'] as $uri) {
    $r = raw($base, $port, "GET $uri HTTP/1.0\r\n\r\n");
    echo strtok($r, "\r"), "\n";
}
