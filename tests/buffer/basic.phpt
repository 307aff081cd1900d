--TEST--
EventBuffer: add, prepend, read, drain, copyout, expand in normal use
--FILE--
<?php
$b = new EventBuffer();
var_dump($b->length, $b->contiguous_space);

var_dump($b->add("world"));
var_dump($b->prepend("hello "));
var_dump($b->add("!"));
var_dump($b->length === strlen("hello world!"));

// copyout copies without removing
$n = $b->copyout($data, 5);
var_dump($n, $data, $b->length);
$n = $b->copyout($data, 1000);
var_dump($n, $data, $b->length);

// read removes what it returns
var_dump($b->read(6), $b->length);
var_dump($b->read(0), $b->length);

// drain removes without copying
var_dump($b->drain(2), $b->length, $b->read(100));
var_dump($b->length);

// draining more than stored empties the buffer
$b->add("abc");
var_dump($b->drain(100), $b->length);

// binary data survives
$bin = "\0\1\2\xff\0end";
$b->add($bin);
var_dump($b->read(100) === $bin);

// expand reserves room without changing the content
$b->add("xyz");
var_dump($b->expand(4096), $b->length, $b->read(10));

// add/prepend of an empty string are no-ops that succeed
var_dump($b->add(""), $b->prepend(""), $b->length);

// calling the constructor again keeps the content
$b->add("kept");
$b->__construct();
var_dump($b->read(10));
?>
--EXPECT--
int(0)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
int(5)
string(5) "hello"
int(12)
int(12)
string(12) "hello world!"
int(12)
string(6) "hello "
int(6)
NULL
int(6)
bool(true)
int(4)
string(4) "rld!"
int(0)
bool(true)
int(0)
bool(true)
bool(true)
int(3)
string(3) "xyz"
bool(true)
bool(true)
int(0)
NULL
