--TEST--
Event: PECL event's warnings (pending event, priority, exception from a callback, freed event) and callback fds
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBase();
$b->priorityInit(2);
$e = new Event($b, -1, Event::TIMEOUT, function ($fd) { var_dump($fd); });
$e->add(0);
var_dump($e->setPriority(5), $e->pending(-1), $e->pending(1 << 40));
var_dump($b->set($e), $e->setTimer($b, function () {}));
$b->loop(EventBase::LOOP_ONCE);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], "x");
$s = new Event($b, $p[0], Event::READ, function ($fd) use ($p) { var_dump($fd === EventUtil::getSocketFd($p[0])); });
$s->add();
$b->loop(EventBase::LOOP_ONCE);
$t = Event::timer($b, function () { throw new RuntimeException("boom"); });
$t->addTimer(0);
try { $b->loop(); } catch (RuntimeException $x) { echo "caught ", $x->getMessage(), "\n"; }
$t->free();
var_dump($t->pending, $t->add(), $t->del());
try { new Event($b, -1, Event::READ, function () {}); } catch (Exception $x) { echo get_class($x), ": ", $x->getMessage(), "\n"; }
$c = new EventConfig();
$c->setFlags(EventBase::EPOLL_USE_CHANGELIST);
var_dump((new EventBase($c))->getMethod() !== (new EventBase())->getMethod() || Event::getSupportedMethods()[0] !== 'epoll');
?>
--EXPECTF--
Warning: Event::setPriority(): Unable to set event priority: 5 in %s on line 6
bool(false)
bool(true)
bool(false)

Warning: EventBase::set(): Can't modify pending event in %s on line 7

Warning: Event::setTimer(): Can't modify pending timer in %s on line 7
bool(false)
bool(false)
int(-1)
bool(true)

Warning: EventBase::loop(): Breaking the loop due to exception RuntimeException in %s on line 16
caught boom

Warning: Event::add(): Failed adding event: Event object is malformed or freed in %s on line 18

Warning: Event::del(): Failed deletting event in %s on line 18
NULL
bool(false)
bool(false)
Exception: Invalid file descriptor
bool(true)
