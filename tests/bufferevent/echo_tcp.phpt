--TEST--
EventBufferEvent: TCP echo round trip on 127.0.0.1 with connect()
--FILE--
<?php
$server = stream_socket_server("tcp://127.0.0.1:0", $errno, $errstr);
$addr = stream_socket_get_name($server, false);
$base = new EventBase();
$base->exit(3.0); // bound the test

$peer = $peerConn = null; // the server side of the connection, an echoing bufferevent
$got = '';
$message = str_repeat("ping-", 2000) . "end";

$client = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE,
    function (EventBufferEvent $bev, $arg) use (&$got, $message, $base) {
        $got .= $bev->read(100000);
        if (strlen($got) >= strlen($message)) {
            $base->exit();
        }
    },
    null,
    function (EventBufferEvent $bev, int $events, $arg) use ($server, $base, &$peer, &$peerConn) {
        echo "client event: ", $events & EventBufferEvent::CONNECTED ? "connected" : $events, ", arg: $arg\n";
        if ($events & EventBufferEvent::CONNECTED) {
            $conn = stream_socket_accept($server, 1);
            $peer = new EventBufferEvent($base, $conn, 0, function ($b) {
                // echo everything back, moving it buffer to buffer
                $b->writeBuffer($b->getInput());
            });
            $peer->enable(Event::READ);
            $peerConn = $conn; // keep the stream open as long as the bufferevent
        }
    },
    "my-arg");

var_dump($client->connect($addr));
var_dump(is_int($client->fd));
$client->enable(Event::READ);
var_dump($client->write($message));
$base->loop();
var_dump($got === $message);
var_dump($client->getDnsErrorString());
$client->free();
$peer->free();
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
client event: connected, arg: my-arg
bool(true)
string(0) ""
done
