--TEST--
EventBufferEvent::connectHost(): numeric address and "localhost" through the system resolver
--FILE--
<?php
$server = stream_socket_server("tcp://127.0.0.1:0", $errno, $errstr);
$port = (int)substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
$base = new EventBase();

function try_host(EventBase $base, $server, string $host, int $port, int $family) {
    $result = null;
    $bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null,
        function ($bev, $events) use (&$result, $base) {
            $result = $events;
            $base->exit();
        });
    var_dump($bev->connectHost(null, $host, $port, $family));
    $base->exit(2.0);
    $base->loop();
    echo "$host: ", $result === EventBufferEvent::CONNECTED ? "connected" : var_export($result, true), "\n";
    if ($result === EventBufferEvent::CONNECTED) {
        $conn = stream_socket_accept($server, 1);
        var_dump($bev->write("hi"));
        $base->loop(EventBase::LOOP_NONBLOCK);
        var_dump(fread($conn, 10));
    }
    var_dump($bev->getDnsErrorString());
    $bev->free();
}

try_host($base, $server, "127.0.0.1", $port, EventUtil::AF_UNSPEC);
try_host($base, $server, "localhost", $port, EventUtil::AF_INET);

// A numeric IPv4 address cannot be resolved as IPv6: a DNS error.
$result = null;
$bev = new EventBufferEvent($base, null, 0, null, null, function ($bev, $events) use (&$result, $base) {
    $result = $events;
    $base->exit();
});
$ok = $bev->connectHost(null, "127.0.0.1", $port, EventUtil::AF_INET6);
$base->exit(2.0);
$base->loop();
var_dump($ok === false || $result === EventBufferEvent::ERROR);
var_dump($bev->getDnsErrorString() !== "");

foreach ([["", 80, 0], ["localhost", -1, 0], ["localhost", 65536, 0], ["localhost", 80, 99]] as [$h, $p, $f]) {
    try {
        $bev->connectHost(null, $h, $p, $f);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    $bev->connectHost(new stdClass, "localhost", 80);
} catch (TypeError $e) {
    echo get_class($e), "\n";
}
?>
--EXPECTF--
bool(true)
127.0.0.1: connected
bool(true)
string(2) "hi"
string(0) ""
bool(true)
localhost: connected
bool(true)
string(2) "hi"
string(0) ""
bool(true)
bool(true)

Warning: EventBufferEvent::connectHost(): Invalid address family specified in %s on line 44
TypeError
