--TEST--
Event, EventBufferEvent, EventListener: an int descriptor beyond the C int range throws "Invalid file descriptor" (PECL truncates it to another descriptor: 2^32 + 1 is stdout)
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBase();
foreach ([2 ** 32, 2 ** 32 + 1, PHP_INT_MIN, -(2 ** 32) + 1] as $v) {
    foreach (['new Event' => fn () => new Event($b, $v, Event::READ, fn () => 0),
              'Event::set' => fn () => (new Event($b, 0, Event::READ, fn () => 0))->set($b, $v, Event::READ),
              'new EventBufferEvent' => fn () => new EventBufferEvent($b, $v),
              'new EventListener' => fn () => new EventListener($b, fn () => 0, null, 0, 1, $v)] as $m => $f) {
        try {
            $f();
            echo "$v $m: made\n";
        } catch (Exception $e) {
            echo "$v $m: ", get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
}
// In the range, they are descriptors as before.
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$bev = new EventBufferEvent($b, EventUtil::getSocketFd($x));
var_dump($bev->fd === EventUtil::getSocketFd($x));
?>
--EXPECT--
4294967296 new Event: Exception: Invalid file descriptor
4294967296 Event::set: Exception: Invalid file descriptor
4294967296 new EventBufferEvent: Exception: Invalid file descriptor
4294967296 new EventListener: Exception: Invalid file descriptor
4294967297 new Event: Exception: Invalid file descriptor
4294967297 Event::set: Exception: Invalid file descriptor
4294967297 new EventBufferEvent: Exception: Invalid file descriptor
4294967297 new EventListener: Exception: Invalid file descriptor
-9223372036854775808 new Event: Exception: Invalid file descriptor
-9223372036854775808 Event::set: Exception: Invalid file descriptor
-9223372036854775808 new EventBufferEvent: Exception: Invalid file descriptor
-9223372036854775808 new EventListener: Exception: Invalid file descriptor
-4294967295 new Event: Exception: Invalid file descriptor
-4294967295 Event::set: Exception: Invalid file descriptor
-4294967295 new EventBufferEvent: Exception: Invalid file descriptor
-4294967295 new EventListener: Exception: Invalid file descriptor
bool(true)
