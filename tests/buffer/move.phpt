--TEST--
EventBuffer::addBuffer(), prependBuffer() and appendFrom() move bytes between buffers
--FILE--
<?php
$a = new EventBuffer(); $a->add("AAA");
$b = new EventBuffer(); $b->add("BBB");

var_dump($a->addBuffer($b), $a->length, $b->length);
$b->add("bb");
var_dump($a->prependBuffer($b), $a->length, $b->length);
var_dump($a->pullup(-1));

// appendFrom moves at most len bytes from the front of the source
$src = new EventBuffer(); $src->add("0123456789");
$dst = new EventBuffer(); $dst->add(">");
var_dump($dst->appendFrom($src, 4), $dst->pullup(-1), $src->pullup(-1));
var_dump($dst->appendFrom($src, 0), $dst->length, $src->length);
// fewer bytes than asked: moves what there is
var_dump($dst->appendFrom($src, 100), $dst->pullup(-1), $src->length);
var_dump($dst->appendFrom($src, 100), $src->length);

// a buffer moved into itself is unchanged
$s = new EventBuffer(); $s->add("self");
var_dump($s->addBuffer($s), $s->prependBuffer($s), $s->appendFrom($s, 10), $s->read(10));

// moving an empty buffer
$e = new EventBuffer();
var_dump($a->addBuffer($e), $a->prependBuffer($e), $a->appendFrom($e, 5), $a->length);

// large moves keep every byte in order
$big = new EventBuffer();
$data = random_bytes(300000);
$big->add($data);
$t = new EventBuffer();
$t->add("head");
var_dump($t->appendFrom($big, 100000), $big->length);
var_dump($t->addBuffer($big), $big->length);
var_dump($t->read(PHP_INT_MAX) === "head" . $data);

// the argument must be an EventBuffer
try { $a->addBuffer(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->appendFrom($b, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
bool(true)
int(6)
int(0)
bool(true)
int(8)
int(0)
string(8) "bbAAABBB"
int(4)
string(5) ">0123"
string(6) "456789"
int(0)
int(5)
int(6)
int(6)
string(11) ">0123456789"
int(0)
int(0)
int(0)
bool(true)
bool(true)
int(0)
string(4) "self"
bool(true)
bool(true)
int(0)
int(8)
int(100000)
int(200000)
bool(true)
int(0)
bool(true)
EventBuffer::addBuffer(): Argument #1 ($buf) must be of type EventBuffer, stdClass given
