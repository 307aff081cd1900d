--TEST--
Event: a closed ext/sockets Socket is refused by the constructor and by set() with "Invalid file descriptor" (PECL makes a broken Event that crashes in setPriority())
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBase();
$closed = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($closed);
try {
    new Event($b, $closed, Event::READ, function () {});
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$open = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$ev = new Event($b, $open, Event::READ, function () {});
try {
    $ev->set($b, $closed, Event::READ);
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// The event is as it was: on the open socket, usable.
var_dump($ev->setPriority(0), $ev->add(0.01), $ev->pending, $ev->del());
?>
--EXPECT--
Exception: Invalid file descriptor
Exception: Invalid file descriptor
bool(true)
bool(true)
bool(true)
bool(true)
