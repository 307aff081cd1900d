--TEST--
EventBuffer: wrong types and out-of-range values are refused
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBuffer();
$b->add("abc\ndef");
$calls = [
    fn() => $b->add([]),
    fn() => $b->add(new stdClass),
    fn() => $b->prepend(null),
    fn() => $b->read("x"),
    fn() => $b->read(-1),
    fn() => $b->read(-100),
    fn() => $b->drain(-1),
    fn() => $b->expand(-1),
    fn() => $b->copyout($d, -1),
    fn() => $b->copyout($d),
    fn() => $b->appendFrom($b, -5),
    fn() => $b->addBuffer("abc"),
    fn() => $b->prependBuffer(null),
    fn() => $b->appendFrom(new stdClass, 1),
    fn() => $b->readLine(5),
    fn() => $b->readLine(-1),
    fn() => $b->readLine("lf"),
    fn() => $b->search("a", -2),
    fn() => $b->search("a", 0, -2),
    fn() => $b->search("a", "zero"),
    fn() => $b->searchEol(-2),
    fn() => $b->searchEol(0, 99),
    fn() => $b->substr(-1),
    fn() => $b->substr(0, -2),
    fn() => $b->write(-1),
    fn() => $b->write(STDOUT, -2),
    fn() => $b->write("1"),
    fn() => $b->write(1.5),
    fn() => $b->write(null),
    fn() => $b->write(new stdClass),
    fn() => $b->readFrom([]),
    fn() => $b->readFrom(STDIN, -7),
    fn() => $b->freeze([]),
    fn() => $b->freeze(),
    fn() => $b->lock(),
    fn() => $b->enableLocking(1),
    fn() => new EventBuffer(1),
];
foreach ($calls as $i => $call) {
    try {
        var_dump($call());
    } catch (Throwable $e) {
        printf("%d %s: %s\n", $i, get_class($e), $e->getMessage());
    }
}
// nothing was changed by the refused calls
var_dump($b->read(100));

// a closed stream has no descriptor
$f = fopen('php://memory', 'r+');
try { $b->write($f); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
fclose($f);
try { $b->write($f); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

// a descriptor that is not open: false
$b->add("x");
var_dump($b->write(987654), $b->readFrom(987654), $b->length);
?>
--EXPECTF--
0 TypeError: EventBuffer::add(): Argument #1 ($data) must be of type string, array given
1 TypeError: EventBuffer::add(): Argument #1 ($data) must be of type string, stdClass given

Deprecated: EventBuffer::prepend(): Passing null to parameter #1 ($data) of type string is deprecated in %s on line %d
bool(true)
3 TypeError: EventBuffer::read(): Argument #1 ($max_bytes) must be of type int, string given
4 ValueError: EventBuffer::read(): Argument #1 ($max_bytes) must be greater than or equal to 0
5 ValueError: EventBuffer::read(): Argument #1 ($max_bytes) must be greater than or equal to 0
6 ValueError: EventBuffer::drain(): Argument #1 ($len) must be greater than or equal to 0
7 ValueError: EventBuffer::expand(): Argument #1 ($len) must be greater than or equal to 0
8 ValueError: EventBuffer::copyout(): Argument #2 ($max_bytes) must be greater than or equal to 0
9 ArgumentCountError: EventBuffer::copyout() expects exactly 2 arguments, 1 given
10 ValueError: EventBuffer::appendFrom(): Argument #2 ($len) must be greater than or equal to 0
11 TypeError: EventBuffer::addBuffer(): Argument #1 ($buf) must be of type EventBuffer, string given
12 TypeError: EventBuffer::prependBuffer(): Argument #1 ($buf) must be of type EventBuffer, null given
13 TypeError: EventBuffer::appendFrom(): Argument #1 ($buf) must be of type EventBuffer, stdClass given
14 ValueError: EventBuffer::readLine(): Argument #1 ($eol_style) must be one of the EventBuffer::EOL_* constants
15 ValueError: EventBuffer::readLine(): Argument #1 ($eol_style) must be one of the EventBuffer::EOL_* constants
16 TypeError: EventBuffer::readLine(): Argument #1 ($eol_style) must be of type int, string given
17 ValueError: EventBuffer::search(): Argument #2 ($start) must be greater than or equal to -1
18 ValueError: EventBuffer::search(): Argument #3 ($end) must be greater than or equal to -1
19 TypeError: EventBuffer::search(): Argument #2 ($start) must be of type int, string given
20 ValueError: EventBuffer::searchEol(): Argument #1 ($start) must be greater than or equal to -1
21 ValueError: EventBuffer::searchEol(): Argument #2 ($eol_style) must be one of the EventBuffer::EOL_* constants
22 ValueError: EventBuffer::substr(): Argument #1 ($start) must be greater than or equal to 0
23 ValueError: EventBuffer::substr(): Argument #2 ($length) must be greater than or equal to -1
24 ValueError: file descriptor must be a non-negative integer, -1 given
25 ValueError: EventBuffer::write(): Argument #2 ($howmuch) must be greater than or equal to -1
26 TypeError: expected a stream resource, a Socket or a file descriptor, string given
27 TypeError: expected a stream resource, a Socket or a file descriptor, float given
28 TypeError: expected a stream resource, a Socket or a file descriptor, null given
29 TypeError: expected a stream resource, a Socket or a file descriptor, stdClass given
30 TypeError: expected a stream resource, a Socket or a file descriptor, array given
31 ValueError: EventBuffer::readFrom(): Argument #2 ($howmuch) must be greater than or equal to -1
32 TypeError: EventBuffer::freeze(): Argument #1 ($at_front) must be of type bool, array given
33 ArgumentCountError: EventBuffer::freeze() expects exactly 1 argument, 0 given
34 ArgumentCountError: EventBuffer::lock() expects exactly 1 argument, 0 given
35 ArgumentCountError: EventBuffer::enableLocking() expects exactly 0 arguments, 1 given
36 ArgumentCountError: EventBuffer::__construct() expects exactly 0 arguments, 1 given
string(7) "abc
def"
EventException: the stream has no file descriptor
TypeError: expected a stream resource, %s resource given
bool(false)
bool(false)
int(1)
