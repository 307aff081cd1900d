--TEST--
Parameterless methods: free()/close() ignore extra arguments and __sleep()/__wakeup() refuse with EventException, as PECL event does
--EXTENSIONS--
sockets
--FILE--
<?php
function show(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$base = new EventBase();
$e = new Event($base, -1, Event::TIMEOUT, function () {});
show(fn () => $e->free(1, "two"));
show(fn () => $e->pending);

$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($base, $pair[0]);
show(fn () => $bev->close(1));
show(fn () => $bev->free(1));
show(fn () => $bev->fd);

$req = new EventHttpRequest(function () {});
show(fn () => $req->free(1));

$objects = [
    $base, new EventConfig(),
    new EventListener($base, function () {}, null, EventListener::OPT_REUSEABLE, -1, '127.0.0.1:0'),
    new EventHttp($base), new EventHttpConnection($base, null, '127.0.0.1', 1),
    new EventHttpRequest(function () {}),
];
foreach ($objects as $o) {
    show(fn () => $o->__sleep(1));
    show(fn () => $o->__wakeup(1, 2));
}
// The methods PECL checks still refuse extra arguments.
show(fn () => $base->getMethod(1));
show(fn () => (new EventBuffer())->freeze(true, 1));
?>
--EXPECT--
NULL
NULL
bool(true)
NULL
NULL
NULL
EventException: EventBase instances are not serializable
EventException: EventBase instances are not serializable
EventException: EventConfig instances are not serializable
EventException: EventConfig instances are not serializable
EventException: EventListener instances are not serializable
EventException: EventListener instances are not serializable
EventException: EventHttp instances are not serializable
EventException: EventHttp instances are not serializable
EventException: EventHttpConnection instances are not serializable
EventException: EventHttpConnection instances are not serializable
EventException: EventHttpRequest instances are not serializable
EventException: EventHttpRequest instances are not serializable
ArgumentCountError: EventBase::getMethod() expects exactly 0 arguments, 1 given
ArgumentCountError: EventBuffer::freeze() expects exactly 1 argument, 2 given
