--TEST--
EventBuffer::write()/readFrom(): descriptor errors are Exceptions with PECL event's messages
--EXTENSIONS--
event
sockets
--FILE--
<?php
$b = new EventBuffer();
$b->add("x");
$closed = tmpfile();
fclose($closed);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($s);
foreach ([-1, PHP_INT_MAX, "3", 1.0, null, [], new stdClass, true, fopen("php://memory", "r"), fopen("php://temp", "r"),
    $closed, stream_context_create(), opendir(__DIR__)] as $fd) {
    try {
        var_dump($b->write($fd));
    } catch (Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump($b->write($s), $b->readFrom($s), $b->length);
?>
--EXPECT--
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Cannot fetch file descriptor from memory based stream
Exception: Cannot fetch file descriptor from memory based stream
Exception: valid PHP stream resource expected
Exception: valid PHP stream resource expected
Exception: Invalid file descriptor
bool(false)
bool(false)
int(1)
