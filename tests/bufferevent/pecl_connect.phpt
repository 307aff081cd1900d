--TEST--
EventBufferEvent::connect()/connectHost(): PECL event's warnings and false for bad addresses
--EXTENSIONS--
event
--FILE--
<?php
$base = new EventBase();
$mk = fn() => new EventBufferEvent($base);
var_dump(@$mk()->connect("garbage"), error_get_last()["message"]);
var_dump(@$mk()->connect("1.2.3.4:99999"), $mk()->connect("127.0.0.1\0:1"));
var_dump($mk()->connectHost(null, "127.0.0.1", -1), $mk()->connectHost(null, "127.0.0.1", 70000));
var_dump(@$mk()->connectHost(null, "127.0.0.1", 80, 99), error_get_last()["message"]);
try { $mk()->connect("unix:" . str_repeat("a", 200)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
bool(false)
string(112) "EventBufferEvent::connect(): Failed parsing address: the address is not well-formed, or the port is out of range"
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
string(65) "EventBufferEvent::connectHost(): Invalid address family specified"
EventBufferEvent::connect(): Argument #1 ($addr) must contain a UNIX socket path of at most 107 bytes after "unix:"
