--TEST--
EventBufferEvent: a callback that frees its own bufferevent, or drops the last reference to it
--FILE--
<?php
$base = new EventBase();
$base->exit(2.0);

// 1. free() from inside the read callback, then keep using the object.
[$a, $b] = EventBufferEvent::createPair($base);
$b->setCallbacks(function ($bev, $arg) use ($base) {
    echo "read: ", $bev->read(100), " arg=$arg\n";
    $bev->free();
    var_dump($bev->read(1));
}, null, function () { echo "event callback must not run\n"; }, "a1");
$b->enable(Event::READ);
$a->write("one");
$base->loop(EventBase::LOOP_NONBLOCK);
$a->write("two"); // nobody reads it any more
$base->loop(EventBase::LOOP_NONBLOCK);

// 2. The callback drops the last reference to its own object (and with
// it, the closure that is running).
class Holder { public ?EventBufferEvent $bev = null; }
$h = new Holder();
[$c, $h->bev] = EventBufferEvent::createPair($base);
$h->bev->setCallbacks(function ($bev) use ($h) {
    echo "read: ", $bev->read(100), "\n";
    $h->bev = null;  // the callback's $bev is the last reference now
    echo "still alive: ", $bev->getEnabled(), "\n";
}, null, null);
$h->bev->enable(Event::READ);
$c->write("three");
$base->loop(EventBase::LOOP_NONBLOCK);
var_dump($h->bev);
$c->write("four");
$base->loop(EventBase::LOOP_NONBLOCK);

// 3. The event callback on EOF frees the bufferevent and unsets the
// only variable holding it.
[$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$conn = new EventBufferEvent($base, $s1, 0, null, null, function ($bev, $events) use (&$conn, $base) {
    echo "events: ", $events & EventBufferEvent::EOF ? "EOF" : $events, "\n";
    $bev->free();
    $conn = null;
    $base->exit();
});
$conn->enable(Event::READ);
fclose($s2);
$base->loop();
var_dump($conn);

// 4. A callback that replaces the callbacks (releasing the running closure).
[$d, $e] = EventBufferEvent::createPair($base);
$e->setCallbacks(function ($bev) {
    $bev->setCallbacks(function ($bev) { echo "second: ", $bev->read(10), "\n"; }, null, null);
    echo "first: ", $bev->read(10), "\n";
}, null, null);
$e->enable(Event::READ);
$d->write("x");
$base->loop(EventBase::LOOP_NONBLOCK);
$d->write("y");
$base->loop(EventBase::LOOP_NONBLOCK);
echo "done\n";
?>
--EXPECTF--
read: one arg=a1

Warning: EventBufferEvent::read(): Buffer Event is not initialized in %s on line 10
bool(false)
read: three
still alive: 6
NULL
events: EOF
NULL
first: x
second: y
done
