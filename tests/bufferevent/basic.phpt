--TEST--
EventBufferEvent: construction from every kind of socket, enable/disable, buffers, properties
--EXTENSIONS--
sockets
--FILE--
<?php
$base = new EventBase();

// No socket: connect() creates one later.
$b = new EventBufferEvent($base);
var_dump($b->fd);
$b2 = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE);
var_dump($b2->fd);
try {
    new EventBufferEvent($base, -1);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// A PHP stream, an ext/sockets Socket and a plain descriptor number.
[$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$bs = new EventBufferEvent($base, $s1);
var_dump(is_int($bs->fd));
$sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$bk = new EventBufferEvent($base, $sock);
var_dump(is_int($bk->fd) && $bk->fd > 2);
$bi = new EventBufferEvent($base, $bk->fd);
var_dump($bi->fd === $bk->fd);

// libevent enables writing by default, not reading.
var_dump($bs->getEnabled() === Event::WRITE);
var_dump($bs->enable(Event::READ));
var_dump($bs->getEnabled() === (Event::READ | Event::WRITE));
var_dump($bs->disable(Event::WRITE));
var_dump($bs->getEnabled() === Event::READ);
var_dump($bs->disable(Event::READ | Event::WRITE));
var_dump($bs->getEnabled());

// The same EventBuffer object every time, through methods and properties.
$in = $bs->getInput();
$out = $bs->getOutput();
var_dump($in instanceof EventBuffer, $out instanceof EventBuffer, $in !== $out);
var_dump($in === $bs->getInput(), $in === $bs->input, $out === $bs->output, $out === $bs->getOutput());

// write() lands in the output buffer until the loop sends it.
var_dump($bs->write("abc"), $out->length);
$tmp = new EventBuffer();
$tmp->add("defg");
var_dump($bs->writeBuffer($tmp), $tmp->length, $out->length);

// priority, allow_ssl_dirty_shutdown and writes to the properties:
// tests/bufferevent/pecl_priority.phpt, tests/bufferevent/pecl_prop_write.phpt.
var_dump(isset($bs->fd), isset($b->fd), isset($bs->input), empty($b->fd));

try {
    $c = clone $bs;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
echo "done\n";
?>
--EXPECT--
NULL
NULL
Exception: Invalid file descriptor
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(3)
bool(true)
int(0)
int(7)
bool(true)
bool(false)
bool(true)
bool(true)
Trying to clone an uncloneable object of class EventBufferEvent
done
