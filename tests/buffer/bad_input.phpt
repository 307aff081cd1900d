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

Deprecated: EventBuffer::prepend(): Passing null to parameter #1 ($data) of type string is deprecated in %s on line 7
bool(true)
3 TypeError: EventBuffer::read(): Argument #1 ($max_bytes) must be of type int, string given
string(7) "abc
def"
5 ValueError: EventBuffer::read(): Argument #1 ($max_bytes) must be greater than or equal to -1
bool(true)
bool(false)
int(0)
9 ArgumentCountError: EventBuffer::copyout() expects exactly 2 arguments, 1 given
int(0)
11 TypeError: EventBuffer::addBuffer(): Argument #1 ($buf) must be of type EventBuffer, string given
12 TypeError: EventBuffer::prependBuffer(): Argument #1 ($buf) must be of type EventBuffer, null given
13 TypeError: EventBuffer::appendFrom(): Argument #1 ($buf) must be of type EventBuffer, stdClass given
NULL
NULL
16 TypeError: EventBuffer::readLine(): Argument #1 ($eol_style) must be of type int, string given
bool(false)
bool(false)
19 TypeError: EventBuffer::search(): Argument #2 ($start) must be of type int, string given
bool(false)
bool(false)
bool(false)
string(0) ""
24 Exception: Invalid file descriptor
bool(false)
26 Exception: Invalid file descriptor
27 Exception: Invalid file descriptor
28 Exception: Invalid file descriptor
29 Exception: Invalid file descriptor
30 Exception: Invalid file descriptor
int(0)
32 TypeError: EventBuffer::freeze(): Argument #1 ($at_front) must be of type bool, array given
33 ArgumentCountError: EventBuffer::freeze() expects exactly 1 argument, 0 given
NULL
35 ArgumentCountError: EventBuffer::enableLocking() expects exactly 0 arguments, 1 given
36 ArgumentCountError: EventBuffer::__construct() expects exactly 0 arguments, 1 given
NULL
Exception: Cannot fetch file descriptor from memory based stream
Exception: valid PHP stream resource expected
bool(false)
bool(false)
int(1)
