--TEST--
EventListener: accept on 127.0.0.1 port 0, callback arguments, getSocketName, getBase, fd, enable/disable, free
--FILE--
<?php
$base = new EventBase();
$calls = [];
$cb = function ($listener, $fd, $address, $arg) use (&$calls, $base) {
    $calls[] = [$listener, $fd, $address, $arg];
    $base->stop();
};
$l = new EventListener($base, $cb, ['user' => 'data'],
    EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, "127.0.0.1:0");

var_dump($l->getSocketName($host, $port), $host, is_int($port) && $port > 0);
var_dump(is_int($l->fd) && $l->fd > 2, isset($l->fd));
var_dump(EventUtil::getSocketName($l->fd, $h2, $p2), $p2 === $port);
var_dump($l->getBase() === $base);

$c = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
$base->exit(2.0);
$base->loop();
var_dump(count($calls));
[$lo, $fd, $address, $arg] = $calls[0];
var_dump($lo === $l, is_int($fd) && $fd !== $l->fd, $arg);
var_dump($address[0], $address[1] === (int)explode(':', stream_socket_get_name($c, false))[1]);
// the accepted descriptor is the server side of $c
var_dump(EventUtil::getSocketName($fd, $sa, $sp), $sp === $port);

// disabled: a new client is not accepted
var_dump($l->disable());
$c2 = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
$base->exit(0.2);
$base->loop();
var_dump(count($calls));
// enabled again: it is
var_dump($l->enable());
$base->exit(2.0);
$base->loop();
var_dump(count($calls));

// var_dump shows the current fd
ob_start(); var_dump($l); $dump = ob_get_clean();
var_dump(str_contains($dump, '["fd"]=>' . "\n  int(" . $l->fd . ")"));

// fd is computed: unset() and references act on the declared slot, as in
// PECL event (assigning it is a fatal error: tests/listener/pecl_fd_property.phpt)
$fd = $l->fd;
unset($l->fd);
var_dump($l->fd === $fd);
$r = &$l->fd;
var_dump($r);
unset($r);

// free: the port is released, methods throw, fd is null
$l->free();
var_dump($l->fd, isset($l->fd));
foreach (['enable', 'disable', 'getBase'] as $m) {
    try { $l->$m(); } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
}
try { $l->getSocketName($a, $p); } catch (Throwable $e) { echo get_class($e), "\n"; }
try { $l->setCallback($cb); } catch (Throwable $e) { echo get_class($e), "\n"; }
try { $l->setErrorCallback($cb); } catch (Throwable $e) { echo get_class($e), "\n"; }
$l->free(); // twice is harmless
// (SO_REUSEADDR for the accepted connections still on the port; a listening
// socket would still make this fail)
$again = new EventListener($base, $cb, null, EventListener::OPT_REUSEABLE, -1, "127.0.0.1:$port");
var_dump($again->getSocketName($a, $p), $p === $port);
?>
--EXPECTF--
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
bool(true)
bool(true)
array(1) {
  ["user"]=>
  string(4) "data"
}
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
bool(true)
int(2)
bool(true)
bool(true)
NULL
NULL
bool(false)

Warning: EventListener::enable(): EventListener is not initialized in %s on line %d

Warning: EventListener::disable(): EventListener is not initialized in %s on line %d

Warning: EventListener::getBase(): EventListener is not initialized in %s on line %d

Warning: EventListener::getSocketName(): EventListener is not initialized in %s on line %d

Warning: EventListener::setCallback(): EventListener is not initialized in %s on line %d

Warning: EventListener::setErrorCallback(): EventListener is not initialized in %s on line %d
bool(true)
bool(true)
