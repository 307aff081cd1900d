--TEST--
EventBufferEvent on a descriptor that is not open: built after libevent's warning, as PECL event does (its I/O then fails)
--FILE--
<?php
$base = new EventBase();
$b = new EventBufferEvent($base, 9999);
var_dump($b->fd, $b->getEnabled());
var_dump($b->write("abc"), $b->output->length);
$b->free();
echo "done\n";
?>
--EXPECTF--
Warning: EventBufferEvent::__construct(): fcntl(9999, F_GETFL): Bad file descriptor in %s on line %d
int(9999)
int(4)

Warning: EventBufferEvent::write(): Epoll ADD(4) on fd 9999 failed. Old events were 0; read change was 0 (none); write change was 1 (add); close change was 0 (none): Bad file descriptor in %s on line %d
bool(true)
int(3)
done
