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
$b3 = new EventBufferEvent($base, -1);
var_dump($b3->fd);

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

// priority
var_dump($bs->priority);
var_dump($base->priorityInit(3));
$p = new EventBufferEvent($base, $s2);
var_dump($p->setPriority(2), $p->priority);
$p->priority = 1;
var_dump($p->priority);
var_dump($p->setPriority(7));

// allow_ssl_dirty_shutdown means nothing without SSL: always false.
var_dump($bs->allow_ssl_dirty_shutdown);
$bs->allow_ssl_dirty_shutdown = true;
var_dump($bs->allow_ssl_dirty_shutdown);

var_dump(isset($bs->fd), isset($b->fd), isset($bs->input), empty($b->fd));

foreach (['fd', 'input', 'output'] as $prop) {
    try {
        $bs->$prop = 5;
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    unset($bs->fd);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    $c = clone $bs;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    serialize($bs);
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
var_dump(array_keys(get_object_vars($bs)) == ['priority', 'fd', 'input', 'output', 'allow_ssl_dirty_shutdown']);
ob_start();
var_dump($p);
$dump = ob_get_clean();
var_dump(str_contains($dump, '["priority"]=>' . "\n  int(1)"), str_contains($dump, '["fd"]=>' . "\n  int({$p->fd})"));
echo "done\n";
?>
--EXPECTF--
NULL
NULL

Fatal error: Uncaught Exception: Invalid file descriptor in %s:9
Stack trace:
#0 %s(9): EventBufferEvent->__construct(Object(EventBase), -1)
#1 {main}
  thrown in %s on line 9
