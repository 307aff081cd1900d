--TEST--
EventBuffer::write() and readFrom() on an ext/sockets Socket pair
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
[$s1, $s2] = $pair;
socket_set_nonblock($s1);
socket_set_nonblock($s2);

$data = random_bytes(12345);
$out = new EventBuffer();
$out->add($data);
var_dump($out->write($s1, 345), $out->length);
var_dump($out->write($s1), $out->length);

$in = new EventBuffer();
$total = 0;
$within = true;
for ($i = 0; $i < 100 && $total < 12345; $i++) {
    $n = $in->readFrom($s2, 5000);
    if ($n === false) {
        break;
    }
    $within = $within && $n > 0 && $n <= 5000;
    $total += $n;
}
var_dump($within, $total, $in->read(PHP_INT_MAX) === $data);

// the other direction, checked with ext/sockets
$out->add("reply");
var_dump($out->write($s2), socket_read($s1, 100));
socket_write($s1, "hello");
var_dump($in->readFrom($s2, 3), $in->readFrom($s2, 3), $in->read(10));

// nothing to read: false
var_dump($in->readFrom($s2));

// closed Socket objects give false, without an error (as in PECL event)
socket_close($s1);
var_dump($in->readFrom($s2));   // end of file
socket_close($s2);
var_dump($in->readFrom($s2));
var_dump($out->write($s2));
?>
--EXPECT--
bool(true)
int(345)
int(12000)
int(12000)
int(0)
bool(true)
int(12345)
bool(true)
int(5)
string(5) "reply"
int(3)
int(2)
string(5) "hello"
bool(false)
int(0)
bool(false)
bool(false)
