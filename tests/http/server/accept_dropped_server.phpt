--TEST--
EventHttp::accept(): dropping the EventHttp closes its copy of the socket and leaves the script's socket listening (PECL closes the script's socket)
--FILE--
<?php
$b = new EventBase();
$s = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
$h = new EventHttp($b);
var_dump($h->accept($s));
$h = null;
$c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
var_dump((bool)$c);
$a = stream_socket_accept($s, 1);
var_dump((bool)$a);
fwrite($c, 'ping');
var_dump(fread($a, 4));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(4) "ping"
