--TEST--
EventBuffer: readLine()/searchEol() take the EOL style as a C int (2^32 is EOL_ANY), and readFrom() with 0 goes to libevent (false on a frozen end), as in PECL event
--FILE--
<?php
$b = new EventBuffer();
$b->add("\r\nab\ncd");
var_dump($b->searchEol(0, 2 ** 32 + EventBuffer::EOL_LF));
var_dump($b->readLine(2 ** 32));
var_dump($b->readLine(2 ** 32 + EventBuffer::EOL_LF));
var_dump($b->readLine(2 ** 32 + 7));
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($y, 'ping');
$r = new EventBuffer();
var_dump($r->readFrom($x, 0), $r->length);
$r->freeze(false);
var_dump($r->readFrom($x, 0), $r->readFrom($x, 4));
$r->unfreeze(false);
var_dump($r->readFrom($x, 4), $r->read(10));
?>
--EXPECT--
int(1)
string(0) ""
string(2) "ab"
NULL
int(0)
int(0)
bool(false)
bool(false)
int(4)
string(4) "ping"
