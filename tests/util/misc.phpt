--TEST--
EventUtil: not instantiable, constants, sslRandPoll(), createSocket() without ext/sockets
--SKIPIF--
<?php if (extension_loaded('sockets')) die('skip needs ext/sockets not loaded'); ?>
--FILE--
<?php
try { new EventUtil(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r = new ReflectionClass('EventUtil');
var_dump($r->isFinal(), $r->getConstructor()->isPrivate());
var_dump(EventUtil::AF_INET === 2, EventUtil::AF_INET6 === 10, EventUtil::AF_UNIX === 1);
var_dump(EventUtil::LIBEVENT_VERSION_NUMBER >= 0x02010800);
if (method_exists('EventUtil', 'sslRandPoll')) {
    var_dump(EventUtil::sslRandPoll());
} else {
    var_dump(true);
}
try { EventUtil::createSocket(0); } catch (EventException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { EventUtil::getLastSocketErrno(new stdClass); } catch (TypeError $e) { echo "TypeError\n"; }
var_dump(EventUtil::getSocketFd(STDIN));
?>
--EXPECT--
Call to private EventUtil::__construct() from global scope
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
EventException: EventUtil::createSocket() needs the sockets extension
TypeError
int(0)
