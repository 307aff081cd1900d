--TEST--
EventConfig: the setters take any value as PECL event's do; setMaxDispatchInterval() reads seconds as a float; __construct() again resets
--EXTENSIONS--
sockets
--FILE--
<?php
// EventConfig's setters take any value, as PECL event's do
$c = new EventConfig();
var_dump($c->avoidMethod(''), $c->avoidMethod("ep\0oll"), $c->avoidMethod('nonexistent'));
var_dump($c->requireFeatures(16), $c->requireFeatures(PHP_INT_MIN), $c->setFlags(-1), $c->setFlags(PHP_INT_MAX));
var_dump($c->setMaxDispatchInterval(PHP_INT_MAX, PHP_INT_MAX, PHP_INT_MAX));
var_dump($c->setMaxDispatchInterval(-5, PHP_INT_MIN, -1));
// max_interval is read as a float (seconds)
var_dump($c->setMaxDispatchInterval(0.25, 1, 0), $c->setMaxDispatchInterval(NAN, 1, 0), $c->setMaxDispatchInterval(INF, 1, 0));
try { $c->setMaxDispatchInterval('abc', 1, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
// an impossible feature set shows when the base is made
$c = new EventConfig();
$c->requireFeatures(-1);
try { new EventBase($c); } catch (EventException $e) { echo get_class($e), "\n"; }
// __construct() again starts from a new config
$c = new EventConfig();
$c->avoidMethod('epoll');
$c->__construct();
var_dump((new EventBase($c))->getMethod());
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
NULL
NULL
NULL
NULL
NULL
EventConfig::setMaxDispatchInterval(): Argument #1 ($max_interval) must be of type float, string given

Warning: EventBase::__construct(): event_base_new_with_config: no event mechanism available in %s on line %d
EventException
string(5) "epoll"
