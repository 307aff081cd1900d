--TEST--
GC: EventListener cycles through its callbacks and $data are collected, and the port is closed
--EXTENSIONS--
sockets
--FILE--
<?php
$base = new EventBase();

function listen_cycle(EventBase $base): array {
	$l = new EventListener($base, function ($listener, $fd) use (&$l) {}, null,
		EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, '127.0.0.1:0');
	$l->setErrorCallback(function () use (&$l) {});
	$l->setCallback(function ($listener, $fd, $addr, $data) use (&$l) {}, $l);   // $data is itself
	$l->getSocketName($addr, $port);
	return [WeakReference::create($l), $port];
}

[$ref, $port] = listen_cycle($base);
var_dump($ref->get() instanceof EventListener, $port > 0);
// still listening: a client connects
$c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
var_dump($c !== false);
if ($c) fclose($c);
var_dump(gc_collect_cycles() >= 1);
var_dump($ref->get());
// OPT_CLOSE_ON_FREE: the collected listener closed its socket
$c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
var_dump($c);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
NULL
bool(false)
