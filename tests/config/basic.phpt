--TEST--
EventConfig: avoidMethod, requireFeatures, setFlags, setMaxDispatchInterval shape the EventBase
--FILE--
<?php
$methods = Event::getSupportedMethods();
$cfg = new EventConfig();
var_dump($cfg->avoidMethod("epoll"));
$b = new EventBase($cfg);
var_dump($b->getMethod() !== "epoll", in_array($b->getMethod(), $methods, true));

// Arbitrary file descriptors: epoll cannot, poll/select can.
$cfg = new EventConfig();
var_dump($cfg->requireFeatures(EventConfig::FEATURE_FDS));
$b = new EventBase($cfg);
var_dump(($b->getFeatures() & EventConfig::FEATURE_FDS) === EventConfig::FEATURE_FDS);
var_dump($b->getMethod() !== "epoll");

// O(1) + edge triggered: epoll
$cfg = new EventConfig();
var_dump($cfg->requireFeatures(EventConfig::FEATURE_ET | EventConfig::FEATURE_O1));
$b = new EventBase($cfg);
var_dump($b->getMethod(), ($b->getFeatures() & 3) === 3);

$cfg = new EventConfig();
var_dump($cfg->setFlags(EventBase::PRECISE_TIMER | EventBase::NOLOCK));
var_dump($cfg->setMaxDispatchInterval(0, -1, 0));
var_dump($cfg->setMaxDispatchInterval(1, 10, 1));
$b = new EventBase($cfg);
$n = 0;
$e = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$n, $b) {
	if (++$n === 3) { $b->stop(); }
});
$e->add(0.001);
var_dump($b->loop(), $n);

// Every method avoided: no base can be made.
$cfg = new EventConfig();
foreach ($methods as $m) { $cfg->avoidMethod($m); }
try {
	new EventBase($cfg);
} catch (EventException $ex) {
	echo get_class($ex), ": ", $ex->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(5) "epoll"
bool(true)
bool(true)
NULL
NULL
bool(true)
int(3)
%AEventException: %s
