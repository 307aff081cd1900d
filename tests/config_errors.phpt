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
ValueError: EventConfig::avoidMethod(): Argument #1 ($method) must be a non-empty string without NUL bytes
ValueError: EventConfig::avoidMethod(): Argument #1 ($method) must be a non-empty string without NUL bytes
TypeError: EventConfig::avoidMethod(): Argument #1 ($method) must be of type string, array given
ValueError: EventConfig::requireFeatures(): Argument #1 ($feature) must be a combination of EventConfig::FEATURE_* constants
TypeError: EventConfig::requireFeatures(): Argument #1 ($feature) must be of type int, string given
ValueError: EventConfig::setFlags(): Argument #1 ($flags) must be a combination of EventBase flag constants
ValueError: EventConfig::setFlags(): Argument #1 ($flags) must be a combination of EventBase flag constants
ValueError: EventConfig::setMaxDispatchInterval(): Argument #2 ($max_callbacks) must be -1 (no limit) or between 0 and 2147483647
ValueError: EventConfig::setMaxDispatchInterval(): Argument #3 ($min_priority) must be between 0 and 2147483647
ValueError: EventConfig::setMaxDispatchInterval(): Argument #2 ($max_callbacks) must be -1 (no limit) or between 0 and 2147483647
ArgumentCountError: EventConfig::setMaxDispatchInterval() expects exactly 3 arguments, 2 given
EventException: EventConfig object is already constructed
EventException: EventConfig instances are not serializable
EventException: EventConfig instances are not serializable
Error: Trying to clone an uncloneable object of class EventConfig
EventException: EventConfig instances are not serializable
EventException: EventConfig instances are not serializable
TypeError: EventBase::__construct(): Argument #1 ($cfg) must be of type ?EventConfig, stdClass given
bool(true)
bool(true)
