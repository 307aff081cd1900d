--TEST--
EventBuffer: every method on an empty buffer
--FILE--
<?php
$e = new EventBuffer();
var_dump($e->length, $e->contiguous_space);
var_dump($e->read(0), $e->read(10), $e->read(PHP_INT_MAX));
var_dump($e->copyout($d, 10), $d);
var_dump($e->drain(0), $e->drain(10));
var_dump($e->readLine(EventBuffer::EOL_ANY));
var_dump($e->search("x"), $e->searchEol());
var_dump($e->substr(0), $e->pullup(-1), $e->pullup(1));
var_dump($e->expand(0), $e->expand(100), $e->length);
$o = new EventBuffer();
var_dump($e->addBuffer($o), $e->prependBuffer($o), $e->appendFrom($o, 10));
var_dump($e->freeze(true), $e->unfreeze(true), $e->freeze(false), $e->unfreeze(false));
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
stream_set_blocking($b, false);
var_dump($e->write($a), $e->write($a, 5), $e->readFrom($b));
var_dump($e->length);
?>
--EXPECT--
int(0)
int(0)
NULL
NULL
NULL
int(0)
NULL
bool(true)
bool(true)
NULL
bool(false)
bool(false)
string(0) ""
NULL
NULL
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
int(0)
