--TEST--
EventBufferEvent: bad arguments, close(), and an EventBase freed before its bufferevents
--EXTENSIONS--
sockets
--FILE--
<?php
$base = new EventBase();
$tests = [
    fn() => new EventBufferEvent($base, "not a socket"),
    fn() => new EventBufferEvent($base, new stdClass),
    fn() => new EventBufferEvent($base, -2),
    fn() => new EventBufferEvent($base, null, 1 << 10),
    fn() => new EventBufferEvent($base, null, 0, "no_such_function"),
    fn() => new EventBufferEvent(new stdClass),
    fn() => EventBufferEvent::createPair(new stdClass),
];
foreach ($tests as $t) {
    try {
        $t();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
// libevent's threading is not enabled: no thread-safe pair either.
var_dump(EventBufferEvent::createPair($base, EventBufferEvent::OPT_THREADSAFE));
// A closed ext/sockets Socket
$sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($sock);
try {
    new EventBufferEvent($base, $sock);
} catch (Throwable $e) {
    echo get_class($e), "\n";
}

[$a, $b] = EventBufferEvent::createPair($base);
foreach ([
    fn() => $a->enable(8),
    fn() => $a->disable(-1),
    fn() => $a->read(-1),
    fn() => $a->setPriority(-1),
    fn() => $a->writeBuffer(new stdClass),
    fn() => $a->setCallbacks("no_such_function", null, null),
] as $t) {
    try {
        $t();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump($a->read(0), $a->read(10));
// Priorities only apply to socket bufferevents.
var_dump($a->setPriority(0));

// close() closes the descriptor and forgets it.
[$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$bev = new EventBufferEvent($base, $s2);
$fdnum = $bev->fd;
var_dump(is_int($fdnum));
$bev->close();
var_dump($bev->fd);
try {
    fwrite($s2, "x");
} catch (TypeError $e) {
    echo "the stream is closed\n"; // as by fclose(): its descriptor is closed once
}
$bev->close(); // nothing left to close
var_dump($bev->write("still buffered"), $bev->getOutput()->length);

// The base goes first: its bufferevents become freed objects.
$base2 = new EventBase();
[$c, $d] = EventBufferEvent::createPair($base2);
$c->setCallbacks(function () {}, null, null, $c); // a cycle through $arg
$in = $c->getInput();
$base2->free();
var_dump($c->write("x"));
var_dump($in->length);
echo "done\n";
?>
--EXPECTF--
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
no error
TypeError: EventBufferEvent::__construct(): Argument #4 ($readcb) must be a valid callback or null, function "no_such_function" not found or invalid function name
TypeError: EventBufferEvent::__construct(): Argument #1 ($base) must be of type EventBase, stdClass given
TypeError: EventBufferEvent::createPair(): Argument #1 ($base) must be of type EventBase, stdClass given
bool(false)
no error
no error
no error
no error
TypeError: EventBufferEvent::writeBuffer(): Argument #1 ($buf) must be of type EventBuffer, stdClass given
TypeError: EventBufferEvent::setCallbacks(): Argument #1 ($readcb) must be a valid callback or null, function "no_such_function" not found or invalid function name
NULL
NULL
bool(false)
bool(true)
NULL
the stream is closed
bool(true)
int(14)

Warning: EventBufferEvent::write(): Buffer Event is not initialized in %s on line 72
bool(false)
int(0)
done
