--TEST--
EventBuffer::freeze()/unfreeze() refuse changes at a frozen end; lock()/unlock()/enableLocking()
--FILE--
<?php
$b = new EventBuffer();
$b->add("0123456789");

// frozen end: adding fails, the front still works
var_dump($b->freeze(false));
var_dump($b->add("x"), $b->length);
$o = new EventBuffer(); $o->add("other");
var_dump($b->addBuffer($o), $o->length, $b->appendFrom($o, 2), $o->length);
var_dump($b->readFrom(STDIN, 1));
var_dump($b->prepend("<"), $b->drain(1), $b->read(1));
var_dump($b->unfreeze(false), $b->add("x"), $b->length);

// frozen front: prepending, draining and reading fail, the end still works
var_dump($b->freeze(true));
var_dump($b->prepend("<"), $b->drain(1), $b->length);
var_dump($b->prependBuffer($o), $o->length);
var_dump($o->appendFrom($b, 2), $o->length);
try {
    $b->read(1);
} catch (EventException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($b->add("y"), $b->length);
// libevent refuses to copy out of a frozen front too; searching works
var_dump($b->copyout($d, 3), $d, $b->substr(0, 2), $b->search("9"));
var_dump($b->unfreeze(true), $b->read(100));

// unfreezing a buffer that is not frozen is harmless
var_dump($b->unfreeze(true), $b->unfreeze(false));

// lock()/unlock() around operations, with and without enableLocking()
$l = new EventBuffer();
$l->lock();
$l->add("locked");
$l->unlock();
$l->enableLocking();
$l->enableLocking();        // enabling twice keeps it enabled
$l->lock();
$l->add(" twice");
$l->lock();            // the lock is recursive
var_dump($l->read(100));
$l->unlock();
$l->unlock();
var_dump($l->add("after"), $l->read(100));
?>
--EXPECT--
bool(true)
bool(false)
int(10)
bool(false)
int(5)
int(-1)
int(5)
bool(false)
bool(true)
bool(true)
string(1) "0"
bool(true)
bool(true)
int(10)
bool(true)
bool(false)
bool(false)
int(10)
bool(false)
int(5)
int(-1)
int(5)
bool(true)
int(11)
int(-1)
NULL
string(2) "12"
int(8)
bool(true)
string(11) "123456789xy"
bool(true)
bool(true)
string(12) "locked twice"
bool(true)
string(5) "after"
