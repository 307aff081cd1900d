<?php
// getBufferEvent() of a request the script made: before, in flight, in its callback, after.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$l = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($l, false), ':'), 1);
$srv = new EventHttp($base);
$srv->accept($l);
$srv->setDefaultCallback(function ($req) { $req->sendReply(200, 'OK'); });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$done = false;
$req = new EventHttpRequest(function ($r) use (&$done) {
    show('in callback', fn() => is_object($b = $r->getBufferEvent()) ? get_class($b) : $b);
    $done = true;
});
$req->addHeader('Host', '127.0.0.1', EventHttpRequest::OUTPUT_HEADER);
show('before', fn() => $req->getBufferEvent());
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
$bev = $req->getBufferEvent();
show('in flight', fn() => get_class($bev));
show('fd is int', fn() => is_int($bev->fd));
show('enabled', fn() => $bev->getEnabled());
show('output', fn() => get_class($bev->output));
pump($base, function () use (&$done) { return $done; });
show('after', fn() => $req->getBufferEvent());
