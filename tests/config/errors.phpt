--TEST--
EventConfig: bad input, serialization and clone refused
--FILE--
<?php
function t(callable $f) {
	try { $f(); echo "no error\n"; }
	catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$cfg = new EventConfig();
t(fn() => $cfg->avoidMethod(""));
t(fn() => $cfg->avoidMethod("ep\0oll"));
t(fn() => $cfg->avoidMethod([]));
t(fn() => $cfg->requireFeatures(1 << 20));
t(fn() => $cfg->requireFeatures("x"));
t(fn() => $cfg->setFlags(1 << 20));
t(fn() => $cfg->setFlags(-1));
t(fn() => $cfg->setMaxDispatchInterval(1, -2, 0));
t(fn() => $cfg->setMaxDispatchInterval(1, 1, -1));
t(fn() => $cfg->setMaxDispatchInterval(1, PHP_INT_MAX, 0));
t(fn() => $cfg->setMaxDispatchInterval(1, 1));
t(fn() => $cfg->__construct());
t(fn() => serialize($cfg));
t(fn() => unserialize('O:11:"EventConfig":0:{}'));
t(fn() => clone $cfg);
t(fn() => $cfg->__sleep());
t(fn() => $cfg->__wakeup());
t(fn() => new EventBase(new stdClass));
// Unknown method names are accepted (libevent just never picks them).
var_dump($cfg->avoidMethod("nosuchmethod"));
var_dump((new EventBase($cfg)) instanceof EventBase);
?>
--EXPECTF--
no error
no error
TypeError: EventConfig::avoidMethod(): Argument #1 ($method) must be of type string, array given
no error
TypeError: EventConfig::requireFeatures(): Argument #1 ($feature) must be of type int, string given
no error
no error
no error
no error
no error
ArgumentCountError: EventConfig::setMaxDispatchInterval() expects exactly 3 arguments, 2 given
no error
EventException: EventConfig instances are not serializable
EventException: EventConfig instances are not serializable
Error: Trying to clone an uncloneable object of class EventConfig
EventException: EventConfig instances are not serializable
EventException: EventConfig instances are not serializable
TypeError: EventBase::__construct(): Argument #1 ($cfg) must be of type ?EventConfig, stdClass given
bool(true)
bool(true)
