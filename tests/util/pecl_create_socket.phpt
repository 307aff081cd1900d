--TEST--
EventUtil::createSocket() and sslRandPoll() as in PECL event; EventUtil not instantiable
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(EventUtil::createSocket(-1));
var_dump(EventUtil::createSocket(PHP_INT_MIN));
// not a socket: a warning, and still a Socket owning the number
$c = EventUtil::createSocket(99999);
var_dump(get_class($c));
$e = EventUtil::createSocket(PHP_INT_MAX);
try { socket_getsockname($e, $a); } catch (Error $ex) { echo $ex->getMessage(), "\n"; }
// arguments are ignored, the constructor is private
var_dump(EventUtil::sslRandPoll(1, 2));
try { (new ReflectionClass('EventUtil'))->newInstanceWithoutConstructor(); } catch (ReflectionException $ex) { echo $ex->getMessage(), "\n"; }
?>
--EXPECTF--

Warning: EventUtil::createSocket(): Invalid file descriptor in %s on line %d
bool(false)

Warning: EventUtil::createSocket(): Invalid file descriptor in %s on line %d
bool(false)

Warning: EventUtil::createSocket(): Unable to obtain socket family [9]: Bad file descriptor in %s on line %d
string(6) "Socket"

Warning: EventUtil::createSocket(): Unable to obtain socket family [9]: Bad file descriptor in %s on line %d
socket_getsockname(): Argument #1 ($socket) has already been closed
bool(true)
Class EventUtil is an internal class marked as final that cannot be instantiated without invoking its constructor
