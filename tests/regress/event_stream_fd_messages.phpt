--TEST--
Regression (bug report): new Event() and Event::set() with a closed stream, a resource that is no stream or a memory stream throw PECL event's messages
--EXTENSIONS--
sockets
--FILE--
<?php
/* Found running ReactPHP (tests/diff/cases/react/loop_stream_kinds.php):
 * ExtEventLoop::addReadStream() of such a stream threw "Invalid file
 * descriptor" here, where PECL event says what is wrong with it. */
$base = new EventBase();
$closed = fopen(__FILE__, 'r');
fclose($closed);
$values = [
    'closed stream' => $closed,
    'stream context' => stream_context_create(),
    'php://memory' => fopen('php://memory', 'r+'),
    'php://temp' => fopen('php://temp', 'r+'),
    'directory' => opendir(__DIR__),
    'file' => fopen(__FILE__, 'r'),
];
foreach ($values as $name => $fd) {
    try {
        $e = new Event($base, $fd, Event::READ, function () {});
        echo "$name: new Event() ok\n";
    } catch (Exception $x) {
        echo "$name: new Event(): ", get_class($x), ': ', $x->getMessage(), "\n";
    }
    $timer = new Event($base, $fd, Event::TIMEOUT, function () {});
    try {
        var_dump($timer->set($base, $fd, Event::READ));
    } catch (Exception $x) {
        echo "$name: set(): ", get_class($x), ': ', $x->getMessage(), "\n";
    }
}
?>
--EXPECT--
closed stream: new Event(): Exception: valid PHP stream resource expected
closed stream: set(): Exception: valid PHP stream resource expected
stream context: new Event(): Exception: valid PHP stream resource expected
stream context: set(): Exception: valid PHP stream resource expected
php://memory: new Event(): Exception: Cannot fetch file descriptor from memory based stream
php://memory: set(): Exception: Cannot fetch file descriptor from memory based stream
php://temp: new Event(): Exception: Cannot fetch file descriptor from memory based stream
php://temp: set(): Exception: Cannot fetch file descriptor from memory based stream
directory: new Event(): Exception: Invalid file descriptor
directory: set(): Exception: Invalid file descriptor
file: new Event() ok
bool(true)
