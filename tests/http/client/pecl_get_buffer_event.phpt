--TEST--
EventHttpRequest::getBufferEvent() of a request the script made: the connection's EventBufferEvent while in flight (as PECL event), NULL before and after; it outlives neither the connection nor the base
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

function server(EventBase $base): array
{
    $l = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int)substr(strrchr(stream_socket_get_name($l, false), ':'), 1);
    $srv = new EventHttp($base);
    $srv->accept($l);
    $srv->setDefaultCallback(function ($req) { $req->sendReply(200, 'OK'); });
    return [$srv, $l, $port];
}
function describe($b): string
{
    return is_object($b) ? get_class($b) : var_export($b, true);
}

// 1. In flight: an object, the same on each call; NULL in the callback and after.
$base = new EventBase();
[$srv, $l, $port] = server($base);
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$done = false;
$req = new EventHttpRequest(function ($r) use (&$done) {
    echo "in callback: ", describe($r->getBufferEvent()), "\n";
    $done = true;
});
echo "before: ", describe($req->getBufferEvent()), "\n";
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
$bev = $req->getBufferEvent();
echo "in flight: ", describe($bev), "\n";
var_dump($bev === $req->getBufferEvent());
var_dump(is_int($bev->fd), $bev->getEnabled() !== 0, $bev->output instanceof EventBuffer);
try { $bev->setCallbacks(null, null, null); } catch (EventException $e) { echo get_class($e), "\n"; }
var_dump(http_test_until($base, function () use (&$done) { return $done; }));
echo "after: ", describe($req->getBufferEvent()), "\n";
// The script's object lives on with the connection, then lets go with it.
var_dump(is_int($bev->fd));
unset($req, $conn);
var_dump($bev->fd);
var_dump($bev->enable(Event::READ));
unset($bev, $srv);

// 2. The base freed while a request is in flight and the script holds the object.
$base = new EventBase();
[$srv, $l, $port] = server($base);
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$req = new EventHttpRequest(function ($r) { echo "not called\n"; });
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
$bev = $req->getBufferEvent();
echo "in flight: ", describe($bev), "\n";
$base->free();
var_dump($bev->fd);
unset($conn, $req, $srv);
var_dump($bev->fd);
unset($bev);

// 3. The connection and request dropped by the script while in flight, the object kept:
//    the request still completes.
$base = new EventBase();
[$srv, $l, $port] = server($base);
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$got = null;
$req = new EventHttpRequest(function ($r) use (&$got) { $got = $r ? $r->getResponseCode() : 'none'; });
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
$bev = $req->getBufferEvent();
unset($conn, $req);
var_dump(http_test_until($base, function () use (&$got) { return $got !== null; }), $got);
// Answered, the connection had no holder left: it went, and the object let go.
var_dump($bev->fd);
unset($srv);
$base->free();
var_dump($bev->fd);
echo "done\n";
?>
--EXPECTF--
before: NULL
in flight: EventBufferEvent
bool(true)
bool(true)
bool(true)
bool(true)
EventException
in callback: NULL
bool(true)
after: NULL
bool(true)
NULL

Warning: EventBufferEvent::enable(): Buffer Event is not initialized in %s on line %d
bool(false)
in flight: EventBufferEvent
NULL
NULL
bool(true)
int(200)
NULL
NULL
done
