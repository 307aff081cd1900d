<?php
// Getters of a client request in its response callback and afterwards.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) {
    $req->addHeader('X-Srv', 'yes', EventHttpRequest::OUTPUT_HEADER);
    $b = new EventBuffer(); $b->add('payload');
    $req->sendReply(201, 'Made', $b);
});
$req = fetch($base, $port, EventHttpRequest::CMD_POST, '/u?x=1', function ($req) {
    $req->addHeader('Host', 'h', EventHttpRequest::OUTPUT_HEADER);
    $req->getOutputBuffer()->add('req body');
}, function ($r, $arg) {
    var_dump($arg, $r->getCommand(), $r->getUri(), $r->getResponseCode(), $r->getInputHeaders(), $r->getOutputHeaders());
    var_dump($r->getInputBuffer()->read(100), $r->getOutputBuffer()->length);
    var_dump($r->getBufferEvent(), $r->getConnection());
    var_dump($r->findHeader('x-srv', EventHttpRequest::INPUT_HEADER));
});
pump($base, fn() => false, 0.1);
var_dump($req->getResponseCode(), $req->getUri(), $req->getCommand());
show('getConnection', fn() => $req->getConnection() === null ? 'null' : get_class($req->getConnection()));
