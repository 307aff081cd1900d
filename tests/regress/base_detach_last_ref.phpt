--TEST--
Regression (API fuzzer): EventBase::free() and shutdown with Events / EventBufferEvents held only by their own callbacks (use after free)
--EXTENSIONS--
sockets
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
/* Found by tests/fuzz/api_fuzz.php (ASan, seed 100246). When the base goes
 * first, each dependent drops its callbacks; when those held the last
 * reference to the object, it was freed in the middle of its own detach
 * (and at shutdown it then released the base being freed). The environment
 * makes freed memory garbage at once, so the old bug crashes here. */
function cycles(EventBase $base, array &$log): void
{
    [$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    $bev = new EventBufferEvent($base, $s1);
    $bev->setCallbacks(function () use ($bev) {}, function () use ($bev) {}, function () use ($bev) {}, $bev);
    $ev = new Event($base, $s2, Event::READ, function () use (&$ev) {}, null);
    $ev2 = Event::timer($base, function () {}, null);
    $ev2->data = $ev2;
    $ev3 = Event::timer($base, function () {}, null);
    $ev3->set($base, $s2, Event::TIMEOUT, function () use ($ev3) {}, $ev3);
    $pair = EventBufferEvent::createPair($base);
    $pair[0]->setCallbacks(null, null, function () use ($pair) {}, $pair);
    $log[] = count($pair);
}

$log = [];
$base = new EventBase();
cycles($base, $log);
$base->free();
echo "freed\n";
var_dump(gc_collect_cycles() > 0);

// The same at request shutdown: the cycles and the base are freed by PHP's
// final sweep, the base first.
$keep = new stdClass();
$keep->self = $keep;
$keep->base = new EventBase();
cycles($keep->base, $log);
unset($keep);
echo implode(',', $log), "\n";
echo "end\n";
?>
--EXPECT--
freed
bool(true)
2,2
end
